package main

import (
	"errors"
	"fmt"
)

type NotFound struct{ Key string }

func (n NotFound) Error() string { return "not found: " + n.Key }

type Store struct{ data map[string]int }

func (s *Store) Get(k string) (int, error) {
	v, ok := s.data[k]
	if !ok {
		return 0, NotFound{k}
	}
	return v, nil
}

func (s *Store) Sum(keys ...string) (total int, err error) {
	for _, k := range keys {
		v, err := s.Get(k)
		if err != nil {
			return total, fmt.Errorf("sum stopped at %q: %w", k, err)
		}
		total += v
	}
	return total, nil
}

func returnsNilPtr() error {
	var p *NotFoundPtr
	return p
}

type NotFoundPtr struct{}

func (*NotFoundPtr) Error() string { return "ptr" }

func main() {
	s := &Store{map[string]int{"a": 1, "b": 2}}
	fmt.Println(s.Sum("a", "b"))
	total, err := s.Sum("a", "x", "b")
	fmt.Println(total, err)
	var nf NotFound
	fmt.Println(errors.As(err, &nf), nf.Key)
	fmt.Println(errors.Is(err, NotFound{"x"}), errors.Is(err, NotFound{"y"}))
	e := returnsNilPtr()
	fmt.Println(e == nil, e != nil)
	fmt.Printf("%T\n", e)
	switch err := err.(type) {
	case NotFound:
		fmt.Println("direct", err.Key)
	default:
		fmt.Println("wrapped:", err)
	}
}
