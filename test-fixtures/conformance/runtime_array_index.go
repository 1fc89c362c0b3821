package main

import "fmt"

type Board [3][4]int

func (b *Board) Set(r, c, v int) { b[r][c] = v }

func main() {
	var grid Board
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid.Set(i, j, i*j)
		}
	}
	fmt.Println(grid)
	copyOf := grid
	copyOf.Set(0, 0, 99)
	fmt.Println(grid[0][0], copyOf[0][0], len(grid), len(grid[0]))
	k := 4
	defer fmt.Println("deferred, k =", k)
	grid.Set(1, k, 1)
	fmt.Println("unreachable")
}
