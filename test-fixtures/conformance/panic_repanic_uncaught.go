package main

import "fmt"

func cleanup(step string) {
	r := recover()
	fmt.Println(step, "recovered", r)
	if r != nil {
		panic(fmt.Sprint("re-panic: ", r))
	}
}

func work() {
	defer cleanup("work")
	fmt.Println("working")
	panic("first")
}

func main() {
	defer fmt.Println("main deferred print")
	func() {
		defer cleanup("quiet")
		fmt.Println("nothing to recover here")
	}()
	work()
	fmt.Println("unreachable")
}
