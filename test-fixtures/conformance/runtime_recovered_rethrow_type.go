package main

import (
	"errors"
	"fmt"
)

type runtimeError interface {
	error
	RuntimeError()
}

func classify(f func()) (kind string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			kind = "no panic"
		case runtimeError:
			kind = "runtime: " + v.Error()
		case error:
			kind = "error: " + v.Error()
		case string:
			kind = "string: " + v
		default:
			kind = fmt.Sprintf("other %T: %v", v, v)
		}
	}()
	f()
	return
}

func main() {
	arr := []int{1}
	idx := 3
	var m map[int]int
	fmt.Println(classify(func() {}))
	fmt.Println(classify(func() { _ = arr[idx] }))
	fmt.Println(classify(func() { m[1] = 1 }))
	fmt.Println(classify(func() { panic(errors.New("plain")) }))
	fmt.Println(classify(func() { panic("text") }))
	fmt.Println(classify(func() { panic(3.5) }))
	fmt.Println(classify(func() {
		var i interface{} = 1
		_ = i.(string)
	}))
	fmt.Println(classify(func() { _ = 1 / (idx - 3) }))
}
