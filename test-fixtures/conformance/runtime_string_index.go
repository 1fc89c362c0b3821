package main

import "fmt"

func lastByte(s string) byte { return s[len(s)-1] }

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(n, s[n-1], lastByte(s), lastByte("x"))
	for i := 0; i < n; i++ {
		fmt.Printf("%d:%x ", i, s[i])
	}
	fmt.Println()
	defer func() {
		fmt.Println("deferred sees n =", n)
	}()
	fmt.Println(s[n])
	fmt.Println("unreachable")
}
