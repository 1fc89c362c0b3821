package main

import "fmt"

type Inner struct {
	A [2]int
	S string
}

type Outer struct {
	In  Inner
	P   *int
	F   float64
	Any interface{}
}

func main() {
	x := 1
	o1 := Outer{In: Inner{[2]int{1, 2}, "s"}, P: &x, F: 1.5, Any: 3}
	o2 := o1
	fmt.Println(o1 == o2)
	o2.In.A[0] = 9
	fmt.Println(o1 == o2, o1.In == o2.In)
	o2 = o1
	y := 1
	o2.P = &y
	fmt.Println(o1 == o2, *o1.P == *o2.P)
	o2 = o1
	o2.Any = "3"
	fmt.Println(o1 == o2)
	o2.Any = 3
	fmt.Println(o1 == o2)
	o2.Any = int64(3)
	fmt.Println(o1 == o2)
	var i1, i2 interface{} = Inner{S: "x"}, Inner{S: "x"}
	fmt.Println(i1 == i2)
	type E struct{}
	fmt.Println(E{} == E{})
	nan := Outer{F: 0}
	nan.F = nan.F / nan.F
	fmt.Println(nan == nan)
	fmt.Printf("%+v\n", o1.In)
}
