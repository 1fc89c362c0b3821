package main

import "fmt"

func digitsSum(n uint8, base uint8) int {
	s := 0
	for n > 0 {
		s += int(n % base)
		n /= base
	}
	return s
}

func main() {
	var d uint8 = 3
	var n uint8 = 250
	for d > 0 {
		fmt.Println(n, "%", d, "=", n%d, "digits", digitsSum(n, d+1))
		d--
	}
	fmt.Println(n % d)
	fmt.Println("unreachable")
}
