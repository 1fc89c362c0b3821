package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func main() {
	msg := fmt.Sprintf("%s has %d items costing %.2f (%v)", "cart", 3, 19.999, true)
	fmt.Println(msg, len(msg))
	err := fmt.Errorf("lookup %q: %w", "key", ErrNotFound)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	plain := fmt.Errorf("lookup: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	double := fmt.Errorf("outer: %w", err)
	fmt.Println(double, errors.Is(double, ErrNotFound))
	fmt.Printf("%v|%s|%q|%+v\n", err, err, err, err)
	fmt.Println(fmt.Errorf("no args"), fmt.Errorf("%d%%", 50))
	s := fmt.Sprintf("%v %v", []error{ErrNotFound}, map[string]error{"e": ErrNotFound})
	fmt.Println(s)
	fmt.Println(fmt.Sprintf("%08.3f|%x|%X", -3.5, "Hello", []byte("Hi")))
	fmt.Println(fmt.Sprintf("%5t|%-7v|%3c", false, nil, 'A'))
	wrapNil := fmt.Errorf("nil: %w", nil)
	fmt.Println(wrapNil, errors.Unwrap(wrapNil) == nil)
}
