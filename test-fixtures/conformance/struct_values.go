package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
	Tags     []string
}

func move(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, move(p, 5), p)
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "box"}
	s := r
	s.Max.X = 30
	s.Name = "copy"
	fmt.Println(r, s)
	fmt.Printf("%v\n%+v\n%#v\n", r, r, r)
	r.Tags = []string{"a"}
	t := r
	t.Tags[0] = "shared"
	fmt.Println(r.Tags, t.Tags)
	var zero Rect
	fmt.Printf("%+v %v\n", zero, zero.Tags == nil)
	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X = 100
	}
	fmt.Println(pts)
	pts[0].X = 100
	fmt.Println(pts)
	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	pp := &Point{5, 6}
	pp.Y++
	fmt.Println(*pp, pp.X, (*pp).Y)
	fmt.Printf("%v %+v\n", pp, pp)
	m := map[Point]string{{1, 2}: "a"}
	fmt.Println(m[Point{1, 2}], m[Point{2, 1}] == "")
}
