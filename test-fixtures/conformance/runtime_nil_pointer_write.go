package main

import "fmt"

func main() {
	var p *int
	x := 5
	p = &x
	*p = 6
	fmt.Println(x)
	p = nil
	*p = 7
	fmt.Println("unreachable")
}
