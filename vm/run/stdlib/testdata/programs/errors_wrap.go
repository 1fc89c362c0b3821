package main

import (
	"errors"
	"fmt"
	"strconv"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return "code " + strconv.Itoa(int(c)) }

func find(key string) error {
	if key == "" {
		return &QueryError{Query: "empty", Err: ErrNotFound}
	}
	return fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func main() {
	err := find("k")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	err2 := find("")
	var qe *QueryError
	if errors.As(err2, &qe) {
		fmt.Println("as:", qe.Query, qe.Err)
	}
	wrapped := fmt.Errorf("outer: %w", err2)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.As(wrapped, &qe))
	var ce codeErr
	e3 := fmt.Errorf("ctx: %w", codeErr(7))
	fmt.Println(errors.As(e3, &ce), ce, int(ce))
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound), errors.Unwrap(ErrNotFound))
	fmt.Printf("%v|%s|%q|%T\n", err, err, err, err)
	plain := fmt.Errorf("no wrap %d", 5)
	fmt.Println(plain, errors.Unwrap(plain) == nil)
	bad := fmt.Errorf("bad %w", "notanerror")
	fmt.Println(bad)
	_, perr := strconv.Atoi("12x")
	var ne *strconv.NumError
	fmt.Println(errors.As(perr, &ne), ne.Func, ne.Num, ne.Err)
	_, rerr := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(rerr)
	fmt.Println(errors.New("a") == errors.New("a"))
}
