package main

import "fmt"

type Grid [3][3]int

func fill(g Grid) Grid {
	for i := range g {
		g[i][i] = 1
	}
	return g
}

func fillPtr(g *Grid) {
	g[0][2] = 7
}

func main() {
	var a [5]int
	b := a
	b[0] = 1
	fmt.Println(a, b, a == b, len(a))
	c := [...]string{2: "two", 0: "zero", 4: "four"}
	fmt.Println(len(c), c)
	fmt.Printf("%q\n", c)
	var g Grid
	h := fill(g)
	fmt.Println(g, h)
	fillPtr(&h)
	fmt.Println(h)
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, p := range arrs {
		p[0] = 100
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = 100
	}
	fmt.Println(arrs)
	x := [3]int{1, 2, 3}
	for i, v := range x {
		x[2] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println(x)
	y := [3]int{1, 2, 3}
	for i, v := range &y {
		y[2] = 99
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	type pair struct{ a [2]int }
	p1 := pair{[2]int{1, 2}}
	p2 := p1
	p2.a[1] = 5
	fmt.Println(p1, p2, p1 == p2, p1 == pair{[2]int{1, 2}})
	m := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(m[[2]int{2, 1}], len(m))
	fmt.Printf("%v %+v %#v\n", x, x, x)
}
