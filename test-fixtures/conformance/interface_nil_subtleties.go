package main

import (
	"errors"
	"fmt"
)

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p
}

func properly(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Quiet struct{}

func (q *Quiet) Speak() string {
	if q == nil {
		return "nil receiver speaks"
	}
	return "quiet"
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%T %v\n", e1, e1 == (*MyErr)(nil))
	e2 := properly(false)
	fmt.Println(e2 == nil)
	var s Speaker
	fmt.Println(s == nil)
	var q *Quiet
	s = q
	fmt.Println(s == nil, s.Speak())
	s = &Quiet{}
	fmt.Println(s.Speak())
	var a, b interface{}
	fmt.Println(a == b)
	a = (*int)(nil)
	fmt.Println(a == b, a == (*int)(nil))
	var err error = errors.New("x")
	var any interface{} = err
	_, ok := any.(error)
	fmt.Println(ok)
	fmt.Println(fmt.Sprint(e1 == nil), fmt.Sprintf("%v", e2))
}
