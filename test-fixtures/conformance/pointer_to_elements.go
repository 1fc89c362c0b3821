package main

import "fmt"

type Cell struct {
	V    int
	Tags []string
}

func main() {
	cells := []Cell{{V: 1}, {V: 2}, {V: 3}}
	p := &cells[1]
	p.V = 20
	p.Tags = append(p.Tags, "changed")
	fmt.Println(cells)
	cells = append(cells, Cell{V: 4})
	p.V = 200
	fmt.Println(cells[1].V, p.V)
	arr := [3]Cell{}
	q := &arr[2]
	q.V = 7
	fmt.Println(arr)
	type Grid struct{ rows [2][2]int }
	var g Grid
	r := &g.rows[1]
	r[0] = 5
	e := &g.rows[0][1]
	*e = 6
	fmt.Println(g)
	ptrs := make([]*Cell, 0)
	for i := range cells {
		ptrs = append(ptrs, &cells[i])
	}
	for _, c := range ptrs {
		c.V *= 10
	}
	fmt.Println(cells)
	x := 1
	px := &x
	ppx := &px
	y := 2
	*ppx = &y
	*px = 3
	fmt.Println(x, y, *px)
	s := struct{ A, B int }{1, 2}
	pa, pb := &s.A, &s.B
	*pa, *pb = *pb, *pa
	fmt.Println(s)
}
