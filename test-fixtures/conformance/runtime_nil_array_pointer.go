package main

import "fmt"

type Board struct {
	cells *[4]int
}

func main() {
	var p *[4]int
	fmt.Println(len(p), cap(p), p == nil)
	count := 0
	for i := range p {
		count += i
	}
	fmt.Println("indexes", count)
	arr := [4]int{1, 2, 3, 4}
	p = &arr
	for i, v := range p {
		p[i] = v * v
	}
	fmt.Println(arr, p[1:3], len(p[2:]))
	var b Board
	fmt.Println(len(b.cells), b.cells == nil)
	defer fmt.Println("deferred after the nil array pointer")
	fmt.Println(b.cells[2])
}
