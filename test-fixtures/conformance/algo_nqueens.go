package main

import (
	"fmt"
	"strings"
)

func solve(n int) (count int, first []int) {
	cols := make([]bool, n)
	d1 := make([]bool, 2*n)
	d2 := make([]bool, 2*n)
	pos := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			count++
			if first == nil {
				first = append([]int(nil), pos...)
			}
			return
		}
		for c := 0; c < n; c++ {
			if cols[c] || d1[row+c] || d2[row-c+n] {
				continue
			}
			cols[c], d1[row+c], d2[row-c+n] = true, true, true
			pos[row] = c
			place(row + 1)
			cols[c], d1[row+c], d2[row-c+n] = false, false, false
		}
	}
	place(0)
	return
}

func main() {
	for n := 1; n <= 9; n++ {
		count, first := solve(n)
		fmt.Println(n, count, first)
	}
	_, board := solve(8)
	for _, c := range board {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 7-c))
	}
}
