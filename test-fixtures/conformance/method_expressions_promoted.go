package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int   { return i.n }
func (i *Inner) Set(v int) { i.n = v }

type Outer struct {
	Inner
	label string
}

type PtrOuter struct {
	*Inner
}

func main() {
	o := Outer{Inner{1}, "o"}
	get := Outer.Get
	set := (*Outer).Set
	set(&o, 5)
	fmt.Println(get(o), o.n)
	pget := (*Outer).Get
	fmt.Println(pget(&o))
	po := PtrOuter{&Inner{3}}
	pset := PtrOuter.Set
	pset(po, 9)
	fmt.Println(PtrOuter.Get(po), po.n)
	fmt.Printf("%T\n%T\n%T\n%T\n", get, set, pget, pset)
	fns := map[string]func(Outer) int{"get": Outer.Get}
	fmt.Println(fns["get"](Outer{Inner{42}, ""}))
	bound := o.Set
	bound(77)
	fmt.Println(o.Get(), o.Inner.Get())
	values := []Outer{{Inner{1}, "a"}, {Inner{2}, "b"}}
	total := 0
	for _, v := range values {
		total += Outer.Get(v)
	}
	fmt.Println(total)
	for i := range values {
		(*Outer).Set(&values[i], i*100)
	}
	fmt.Println(values)
}
