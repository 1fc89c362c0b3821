package main

import "fmt"

func main() {
	s := "short"
	end := 10
	fmt.Println(s[:3])
	fmt.Println(s[2:end])
}
