package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("%v (%T)", r, r)
	}()
	f()
	return "no panic"
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func main() {
	fmt.Println(safe(func() {}))
	fmt.Println(safe(func() { panic("string value") }))
	fmt.Println(safe(func() { panic(42) }))
	fmt.Println(safe(func() { panic(errors.New("an error")) }))
	fmt.Println(safe(func() { panic(&MyErr{7}) }))
	fmt.Println(safe(func() { panic(fmt.Sprintf("formatted %d", 3)) }))
	fmt.Println(safe(func() { panic([]int{1, 2}) }))
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
			fmt.Println("again:", recover())
		}()
		panic("once")
	}()
	r := func() (out interface{}) {
		defer func() { out = recover() }()
		var m map[string]int
		m["x"] = 1
		return nil
	}()
	fmt.Println(r)
	if e, ok := r.(error); ok {
		fmt.Println("is error:", e.Error())
	}
	fmt.Println("end")
}
