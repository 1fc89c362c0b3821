package main

import "fmt"

func helper() interface{} {
	return recover()
}

func direct() (r interface{}) {
	defer func() { r = recover() }()
	panic("caught directly")
}

func viaHelperInDefer() (r interface{}) {
	defer func() { r = helper() }()
	return "no panic here"
}

func deferredHelper() {
	defer func() {
		fmt.Println("outer deferred runs, nested recover returned:", helper())
	}()
	panic("not caught by a nested call")
}

func main() {
	fmt.Println(direct())
	fmt.Println(viaHelperInDefer())
	fmt.Println(recover())
	defer fmt.Println("main's deferred print")
	deferredHelper()
	fmt.Println("unreachable")
}
