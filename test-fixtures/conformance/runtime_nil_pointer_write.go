package main

import "fmt"

type Box struct{ v int }

func set(p *int, v int) { *p = v }

func main() {
	x := 5
	p := &x
	set(p, 6)
	fmt.Println(x, *p)
	b := &Box{}
	set(&b.v, 9)
	fmt.Println(b.v)
	var q *Box
	fmt.Println(q == nil)
	p = nil
	fmt.Println("writing through nil")
	set(p, 7)
	fmt.Println("unreachable")
}
