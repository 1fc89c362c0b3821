package main

import "fmt"

type Meters float64
type Feet float64
type ID string
type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
)

func (f Flags) Has(x Flags) bool { return f&x != 0 }
func (f Flags) String() string {
	s := ""
	for i, name := range []string{"A", "B", "C"} {
		if f&(1<<uint(i)) != 0 {
			s += name
		}
	}
	if s == "" {
		return "none"
	}
	return s
}

func toFeet(m Meters) Feet { return Feet(m * 3.28084) }

type Point struct{ X, Y int }
type Vec Point

func main() {
	m := Meters(100)
	fmt.Println(toFeet(m), m)
	fmt.Printf("%T %T %.2f\n", m, toFeet(m), float64(toFeet(m)))
	var id ID = "user-1"
	fmt.Println(id, len(id), string(id)+"!", id < "user-2")
	f := FlagA | FlagC
	fmt.Println(f, f.Has(FlagB), f.Has(FlagC), Flags(0), FlagB, f|FlagB, uint8(f))
	fmt.Printf("%v %d %s %08b\n", f, f, f, f)
	p := Point{1, 2}
	v := Vec(p)
	v.X = 9
	fmt.Println(p, v, Point(v))
	type Celsius int
	var c Celsius = 30
	c += 5
	fmt.Println(c, int(c)*2)
	var x interface{} = m
	_, isFloat := x.(float64)
	_, isMeters := x.(Meters)
	fmt.Println(isFloat, isMeters)
}
