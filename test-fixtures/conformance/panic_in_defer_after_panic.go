package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("second deferred function")
		panic("panic in defer")
	}()
	defer fmt.Println("first deferred function")
	fmt.Println("start")
	panic("original panic")
}
