package main

import "fmt"

func main() {
	n := 3
	s := make([]int, n)
	fmt.Println(len(s), cap(s))
	n -= 5
	s = make([]int, n)
	fmt.Println(len(s))
}
