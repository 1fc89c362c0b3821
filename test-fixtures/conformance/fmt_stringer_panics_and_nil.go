package main

import (
	"errors"
	"fmt"
)

type Bomb struct{}

func (Bomb) String() string { panic("boom") }

type ErrBomb struct{}

func (ErrBomb) Error() string { panic(errors.New("err boom")) }

type PtrStr struct{ name string }

func (p *PtrStr) String() string { return "PtrStr(" + p.name + ")" }

type NilSafe struct{}

func (n *NilSafe) String() string {
	if n == nil {
		return "nil NilSafe"
	}
	return "NilSafe"
}

func main() {
	fmt.Println(Bomb{})
	fmt.Printf("%v|%s|%d\n", Bomb{}, Bomb{}, Bomb{})
	fmt.Println(ErrBomb{})
	var p *PtrStr
	fmt.Println(p)
	fmt.Printf("%v %s\n", p, p)
	p = &PtrStr{"x"}
	fmt.Println(p, []*PtrStr{p})
	var n *NilSafe
	fmt.Println(n)
	fmt.Printf("%v %+v %s\n", n, n, n)
	fmt.Println([]interface{}{Bomb{}, 1})
	fmt.Printf("%#v\n", Bomb{})
	fmt.Println("still running")
}
