package main

import "fmt"

func window(s []int, from, size int) []int {
	return s[from : from+size]
}

func main() {
	s := make([]int, 3, 5)
	for i := range s {
		s[i] = (i + 1) * 11
	}
	fmt.Println(s, len(s), cap(s))
	fmt.Println(s[1:5], len(s[:5]), s[:5][4])
	for from := 0; from < 3; from++ {
		fmt.Println("window", from, window(s, from, 2))
	}
	hi := 6
	defer fmt.Println("unwinding")
	fmt.Println(s[1:hi])
}
