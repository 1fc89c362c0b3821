package main

import "fmt"

func main() {
	l, c := 2, 4
	s := make([]byte, l, c)
	fmt.Println(len(s), cap(s))
	l = 10
	s = make([]byte, l, c)
	fmt.Println(len(s), cap(s))
}
