package main

import "fmt"

func equal(a, b interface{}) bool { return a == b }

func main() {
	fmt.Println(equal(1, 1), equal("a", "b"))
	fmt.Println(equal(map[string]int{}, map[string]int{}))
}
