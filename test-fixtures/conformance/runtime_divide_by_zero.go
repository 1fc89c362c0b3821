package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(10, 3), div(-10, 3), div(10, -3), div(-10, -3))
	var f = 1.0
	var zf = 0.0
	fmt.Println(f/zf, -f/zf)
	for d := 3; d >= 0; d-- {
		defer fmt.Println("deferred", d)
		fmt.Println("100 /", d, "=", div(100, d))
	}
	fmt.Println("unreachable")
}
