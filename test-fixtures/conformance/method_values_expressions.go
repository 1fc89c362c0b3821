package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Get() int       { return a.total }
func (a *Acc) Add(n int)     { a.total += n }
func (a Acc) Plus(n int) int { return a.total + n }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	a := Acc{1}
	get := a.Get
	add := a.Add
	a.total = 100
	fmt.Println(get(), a.Get())
	add(5)
	fmt.Println(a.total, get())
	plus := a.Plus
	a.total = 0
	fmt.Println(plus(1))
	f := Acc.Get
	g := (*Acc).Add
	h := (*Acc).Get
	g(&a, 7)
	fmt.Println(f(a), h(&a))
	fmt.Printf("%T\n%T\n%T\n", f, g, plus)
	var sum Op = func(x, y int) int { return x + y }
	fmt.Println(sum.Apply(2, 3), Op.Apply(sum, 4, 5))
	ptr := &Acc{10}
	pget := ptr.Get
	ptr.total = 20
	fmt.Println(pget())
	funcs := []func(int){a.Add, ptr.Add}
	for _, fn := range funcs {
		fn(1)
	}
	fmt.Println(a.total, ptr.total)
}
