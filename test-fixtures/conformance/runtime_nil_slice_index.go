package main

import "fmt"

func main() {
	var s []string
	fmt.Println(len(s), s == nil)
	s = append(s, "x")
	s = s[:0]
	fmt.Println(len(s), cap(s))
	fmt.Println(s[0])
}
