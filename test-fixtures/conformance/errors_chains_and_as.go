package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Name string }

func (e *NotFound) Error() string { return e.Name + " not found" }

type Temporary interface{ Temporary() bool }

type netErr struct {
	msg  string
	temp bool
}

func (n netErr) Error() string   { return n.msg }
func (n netErr) Temporary() bool { return n.temp }

type asAny struct{ target string }

func (a asAny) Error() string { return "asAny" }
func (a asAny) As(target interface{}) bool {
	if p, ok := target.(**NotFound); ok {
		*p = &NotFound{a.target}
		return true
	}
	return false
}

type sliceErr []string

func (s sliceErr) Error() string { return fmt.Sprint(len(s), " errors") }

func main() {
	base := &NotFound{"user"}
	chain := fmt.Errorf("handler: %w", fmt.Errorf("service: %w", fmt.Errorf("store: %w", base)))
	fmt.Println(chain)
	depth := 0
	for e := error(chain); e != nil; e = errors.Unwrap(e) {
		depth++
	}
	fmt.Println("depth", depth)
	var nf *NotFound
	fmt.Println(errors.As(chain, &nf), nf == base, nf.Name)
	var tmp Temporary
	wrappedNet := fmt.Errorf("dial: %w", netErr{"timeout", true})
	fmt.Println(errors.As(wrappedNet, &tmp), tmp.Temporary())
	fmt.Println(errors.As(chain, &tmp))
	var custom *NotFound
	fmt.Println(errors.As(fmt.Errorf("x: %w", asAny{"custom"}), &custom), custom.Name)
	var plain netErr
	fmt.Println(errors.As(fmt.Errorf("x: %w", asAny{"custom"}), &plain), plain.msg == "")
	se := sliceErr{"a", "b"}
	fmt.Println(errors.Is(se, se), errors.Is(fmt.Errorf("w: %w", se), sliceErr{"a", "b"}))
	var target sliceErr
	fmt.Println(errors.As(fmt.Errorf("w: %w", se), &target), target)
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(errors.Is(e1, e2), errors.Is(fmt.Errorf("%w", e1), e1))
	defer func() { fmt.Println("recovered:", recover()) }()
	var notPtr NotFound
	errors.As(chain, notPtr)
}
