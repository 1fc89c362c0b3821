package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64
type Pair struct{ A, B int }
type Op func(int) int
type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func main() {
	values := []interface{}{
		1, int8(1), uint(1), 1.5, float32(1.5), "s", 'r', byte('b'), true, nil,
		Celsius(1), Pair{}, &Pair{}, []Pair{}, [2]Pair{}, map[string]Pair{}, map[Pair][]*Pair{},
		Op(nil), func(a, b int) (int, error) { return 0, nil }, func(...string) {},
		errors.New("e"), fmt.Errorf("w %w", errors.New("x")), &strings.Builder{},
		Sq(2), []Shape{Sq(1)}, struct{ X int }{}, struct{}{}, []interface{}{}, [0]int{},
		map[string]interface{}{}, new(int), new(*int), []error{},
	}
	for i, v := range values {
		fmt.Printf("%2d %T\n", i, v)
	}
	var s Shape = Sq(3)
	fmt.Printf("%T %v\n", s, s.Area())
	fmt.Printf("%10T|%-10T|\n", 1, "x")
	fmt.Printf("%T %T\n", values, values[0:1])
}
