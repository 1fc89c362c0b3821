package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

type CodeError struct {
	Code int
	Err  error
}

func (c *CodeError) Error() string { return fmt.Sprintf("code %d: %v", c.Code, c.Err) }
func (c *CodeError) Unwrap() error { return c.Err }

type TempErr struct{ msg string }

func (t TempErr) Error() string   { return "temp: " + t.msg }
func (t TempErr) Temporary() bool { return true }

type matchAll struct{}

func (matchAll) Error() string        { return "match-all" }
func (matchAll) Is(target error) bool { return target == ErrBase }

func main() {
	e1 := &CodeError{404, ErrBase}
	e2 := fmt.Errorf("request failed: %w", e1)
	e3 := fmt.Errorf("outer: %w", e2)
	fmt.Println(e3)
	fmt.Println(errors.Is(e3, ErrBase), errors.Is(e3, e1), errors.Is(e3, errors.New("base failure")))
	var ce *CodeError
	if errors.As(e3, &ce) {
		fmt.Println("as CodeError:", ce.Code, ce == e1)
	}
	var te TempErr
	fmt.Println(errors.As(e3, &te))
	wrappedTemp := fmt.Errorf("ctx: %w", TempErr{"disk"})
	if errors.As(wrappedTemp, &te) {
		fmt.Println("as TempErr:", te.msg, te.Temporary())
	}
	var iface interface{ Temporary() bool }
	fmt.Println(errors.As(wrappedTemp, &iface), iface != nil)
	fmt.Println(errors.Is(matchAll{}, ErrBase), errors.Is(fmt.Errorf("w: %w", matchAll{}), ErrBase))
	for e := error(e3); e != nil; e = errors.Unwrap(e) {
		fmt.Printf("%T: %v\n", e, e)
	}
	fmt.Println(errors.Is(nil, ErrBase), errors.Is(nil, nil), errors.Unwrap(ErrBase))
	a, b := errors.New("same"), errors.New("same")
	fmt.Println(a == b, a.Error() == b.Error(), errors.Is(a, b))
}
