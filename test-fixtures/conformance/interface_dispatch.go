package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func NewSquare(s float64) Square     { return Square{Rect{s, s}} }

func total(shapes ...Shape) (a, p float64) {
	for _, s := range shapes {
		a += s.Area()
		p += s.Perimeter()
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), &Rect{1, 1}}
	for _, s := range shapes {
		fmt.Printf("%T %.3f %.3f\n", s, s.Area(), s.Perimeter())
	}
	fmt.Println(total(shapes...))
	var s Shape
	fmt.Println(s == nil)
	var c *Circle
	s = c
	fmt.Println(s == nil, s != nil, c == nil)
	s = Rect{1, 2}
	fmt.Println(s == Rect{1, 2}, s == Shape(Rect{2, 1}))
	var e interface{} = s
	_, isShape := e.(Shape)
	_, isCircle := e.(*Circle)
	fmt.Println(isShape, isCircle)
	fmt.Printf("%v %+v %#v\n", s, s, s)
}
