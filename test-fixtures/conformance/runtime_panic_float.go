package main

import "fmt"

func main() {
	ratio := 2.5
	fmt.Println("ratio", ratio)
	panic(ratio * 3)
}
