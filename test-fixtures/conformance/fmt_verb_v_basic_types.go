package main

import "fmt"

type Named int
type NamedStr string
type NamedFloat float64
type NamedBool bool

func main() {
	fmt.Printf("%v %v %v %v %v\n", int8(-8), int16(-16), int32(-32), int64(-64), int(-1))
	fmt.Printf("%v %v %v %v %v %v\n", uint8(8), uint16(16), uint32(32), uint64(64), uint(1), uintptr(5))
	fmt.Printf("%v %v %v %v\n", float32(1.25), 1.25, float32(1e20), 1e20)
	fmt.Printf("%v %v %v\n", "str", true, 'r')
	fmt.Printf("%v %v %v %v\n", Named(3), NamedStr("s"), NamedFloat(2.5), NamedBool(true))
	fmt.Printf("%+v %+v %+v %+v\n", Named(3), NamedStr("s"), NamedFloat(2.5), NamedBool(true))
	fmt.Printf("%#v %#v %#v %#v\n", Named(3), NamedStr("s"), NamedFloat(2.5), NamedBool(true))
	fmt.Printf("%#v %#v %#v %#v %#v\n", int8(-8), uint16(16), uintptr(5), float32(1.5), 1e21)
	fmt.Printf("%#v %#v %#v %#v\n", 1.0, -0.5, 100.0, 1e6)
	fmt.Printf("%#v %#v %#v\n", "q\"uote", 'x', true)
	fmt.Printf("%T %T %T %T\n", Named(1), NamedStr(""), NamedFloat(0), NamedBool(false))
	fmt.Printf("%d %s %g %t\n", Named(3), NamedStr("s"), NamedFloat(2.5), NamedBool(true))
	fmt.Printf("%x %X %q\n", NamedStr("hi"), Named(255), NamedStr("a\tb"))
	var i interface{} = Named(9)
	fmt.Printf("%v %d %T\n", i, i, i)
	fmt.Println(Named(1), NamedStr("x"), NamedFloat(1e-7), NamedBool(false))
	fmt.Println(fmt.Sprint(Named(1), Named(2)), fmt.Sprint(NamedStr("a"), NamedStr("b")))
	fmt.Println(fmt.Sprint(NamedFloat(1), 2.0, NamedBool(true), false))
}
