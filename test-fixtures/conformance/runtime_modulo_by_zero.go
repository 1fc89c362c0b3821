package main

import "fmt"

func main() {
	var d uint8 = 3
	var n uint8 = 250
	for d > 0 {
		fmt.Println(n % d)
		d--
	}
	fmt.Println(n % d)
}
