package main

import "fmt"

func first(s []string) string { return s[0] }

func main() {
	var s []string
	fmt.Println(len(s), cap(s), s == nil)
	s = append(s, "x", "y")
	fmt.Println(first(s), len(s))
	s = s[:0]
	fmt.Println(len(s), cap(s), s == nil, s[:2])
	t := s[:2]
	t[1] = "changed"
	fmt.Println(t, s[:2])
	s = nil
	for range s {
		fmt.Println("never")
	}
	fmt.Println(first(s))
}
