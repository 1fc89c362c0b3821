package main

import "fmt"

func grid(rows, cols int) [][]int {
	g := make([][]int, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			g[r][c] = r*cols + c
		}
	}
	return g
}

func main() {
	fmt.Println(grid(2, 3), grid(0, 5), len(grid(3, 0)))
	n := 3
	s := make([]int, n)
	fmt.Println(len(s), cap(s))
	n -= 5
	fmt.Println("making", n)
	s = make([]int, n)
	fmt.Println(len(s))
}
