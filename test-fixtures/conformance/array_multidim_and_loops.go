package main

import "fmt"

const N = 5

func spiral() [N][N]int {
	var m [N][N]int
	top, bottom, left, right := 0, N-1, 0, N-1
	v := 1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			m[top][c] = v
			v++
		}
		top++
		for r := top; r <= bottom; r++ {
			m[r][right] = v
			v++
		}
		right--
		for c := right; c >= left && top <= bottom; c-- {
			m[bottom][c] = v
			v++
		}
		bottom--
		for r := bottom; r >= top && left <= right; r-- {
			m[r][left] = v
			v++
		}
		left++
	}
	return m
}

func life(g [6][6]bool) [6][6]bool {
	var out [6][6]bool
	for r := 0; r < 6; r++ {
		for c := 0; c < 6; c++ {
			n := 0
			for dr := -1; dr <= 1; dr++ {
				for dc := -1; dc <= 1; dc++ {
					if (dr != 0 || dc != 0) && g[(r+dr+6)%6][(c+dc+6)%6] {
						n++
					}
				}
			}
			out[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return out
}

func main() {
	for _, row := range spiral() {
		for _, v := range row {
			fmt.Printf("%3d", v)
		}
		fmt.Println()
	}
	var g [6][6]bool
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	for gen := 0; gen < 4; gen++ {
		for _, row := range g {
			for _, alive := range row {
				if alive {
					fmt.Print("#")
				} else {
					fmt.Print(".")
				}
			}
			fmt.Println()
		}
		fmt.Println()
		g = life(g)
	}
	a := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	b := a
	b[1][2] = 60
	fmt.Println(a, b, a == b, len(a), len(a[0]))
}
