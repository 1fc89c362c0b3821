package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(10, 3), div(-10, 3), div(10, -3), div(-10, -3))
	for _, pair := range [][2]int{{7, 2}, {-7, 2}, {7, -2}} {
		fmt.Println(pair, div(pair[0], pair[1]), pair[0]%pair[1])
	}
	var f = 1.0
	var zf = 0.0
	fmt.Println(f/zf, -f/zf)
	for d := 3; d >= 0; d-- {
		defer fmt.Println("deferred", d)
		fmt.Println("100 /", d, "=", div(100, d))
	}
	fmt.Println("unreachable")
}
