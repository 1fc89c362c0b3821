package main

import "fmt"

func prefix(s string, n int) string { return s[:n] }

func main() {
	s := "short"
	for n := 0; n <= len(s); n++ {
		fmt.Printf("%d %q\n", n, prefix(s, n))
	}
	for n := len(s); n >= 0; n -= 2 {
		fmt.Printf("suffix %d %q\n", n, s[n:])
	}
	end := 10
	defer fmt.Println("deferred, end =", end)
	fmt.Println(s[:3], s[2:], s[5:])
	fmt.Println(s[2:end])
	fmt.Println("unreachable")
}
