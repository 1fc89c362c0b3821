package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Moved(dx int) Point { p.X += dx; return p }

func main() {
	p := Point{1, 2}
	var i interface{} = p
	p.X = 100
	fmt.Println(p, i)
	arr := [3]int{1, 2, 3}
	var ia interface{} = arr
	arr[0] = 99
	fmt.Println(arr, ia)
	back := ia.([3]int)
	back[1] = -1
	fmt.Println(back, ia)
	s := []int{1, 2, 3}
	var is interface{} = s
	s[0] = 42
	fmt.Println(is)
	m := map[string]int{"a": 1}
	var im interface{} = m
	m["b"] = 2
	fmt.Println(im)
	pp := &Point{5, 5}
	var ip interface{} = pp
	pp.Y = 6
	fmt.Println(*ip.(*Point))
	items := []interface{}{p, arr, s}
	p.Y = 0
	fmt.Println(items[0], items[0].(Point).Moved(1), items[0])
	var e1, e2 interface{} = Point{1, 1}, Point{1, 1}
	fmt.Println(e1 == e2)
	x := 10
	var ix interface{} = x
	x++
	fmt.Println(ix, x)
	structs := []Point{{1, 1}}
	var boxed interface{} = structs[0]
	structs[0].X = 7
	fmt.Println(boxed, structs)
}
