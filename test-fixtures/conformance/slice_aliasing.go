package main

import "fmt"

func modify(s []int) {
	s[0] = 100
	s = append(s, 999)
	s[1] = 200
}

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i + 1
	}
	a := base[1:3]
	fmt.Println(a, len(a), cap(a))
	a = append(a, 42)
	fmt.Println(base, a)
	b := base[:]
	b[0] = -1
	fmt.Println(base[0], b[0])
	c := append(base, 6, 7, 8)
	c[0] = 77
	fmt.Println(base[0], c[0], len(c), cap(c))
	d := append(base, 6, 7, 8, 9)
	d[0] = 55
	fmt.Println(base[0], d[0], len(d), cap(d))
	full := []int{1, 2, 3}
	modify(full)
	fmt.Println(full)
	roomy := make([]int, 3, 10)
	modify(roomy)
	fmt.Println(roomy, roomy[:4])
	x := []int{1, 2, 3, 4, 5}
	y := x[1:4]
	z := y[1:]
	z[0] = 33
	fmt.Println(x, y, z, cap(y), cap(z))
	y = append(y, 50)
	fmt.Println(x, y)
	var matrix [][]int
	row := []int{0, 0}
	for i := 0; i < 3; i++ {
		matrix = append(matrix, row)
	}
	matrix[0][0] = 9
	fmt.Println(matrix)
}
