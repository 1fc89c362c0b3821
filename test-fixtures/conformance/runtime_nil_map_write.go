package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func main() {
	var r Registry
	fmt.Println(r.entries["missing"], len(r.entries))
	r.entries["first"] = 1
	fmt.Println("unreachable")
}
