package main

import "fmt"

type Matrix [][]int64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	n, k, p := len(a), len(b), len(b[0])
	out := make(Matrix, n)
	for i := 0; i < n; i++ {
		out[i] = make([]int64, p)
		for j := 0; j < p; j++ {
			var s int64
			for x := 0; x < k; x++ {
				s += a[i][x] * b[x][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) Pow(e int) Matrix {
	result := identity(len(a))
	for e > 0 {
		if e&1 == 1 {
			result = result.Mul(a)
		}
		a = a.Mul(a)
		e >>= 1
	}
	return result
}

func (a Matrix) Transpose() Matrix {
	out := make(Matrix, len(a[0]))
	for j := range out {
		out[j] = make([]int64, len(a))
		for i := range a {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func main() {
	fibm := Matrix{{1, 1}, {1, 0}}
	for _, e := range []int{1, 10, 50, 90, 92, 93, 100} {
		fmt.Println(e, fibm.Pow(e)[0][1])
	}
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(a.Transpose(), a.Mul(a.Transpose()), a.Transpose().Mul(a))
	var grid [4][4]float64
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = float64(i*4+j) / 3
		}
	}
	fmt.Printf("%.3f\n", grid)
	fmt.Println(identity(3))
}
