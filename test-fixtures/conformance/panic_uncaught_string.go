package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs before the crash")
	fmt.Println("before")
	values := []string{"a", "b"}
	for _, v := range values {
		fmt.Println("value", v)
	}
	panic("something went wrong: " + values[1])
}
