package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Level int

func (l *Level) String() string { return fmt.Sprintf("L%d", int(*l)) }

type Public struct {
	C Color
	L Level
	P *Level
}

type private struct {
	c Color
	l Level
	e error
	n *int
}

func main() {
	lv := Level(3)
	pub := Public{C: 2, L: 1, P: &lv}
	fmt.Printf("%v\n", Public{C: 1, L: 2})
	fmt.Printf("%+v\n", Public{C: 1, L: 2})
	fmt.Println(pub.C, pub.L, &pub.L, pub.P)
	priv := private{c: 1, l: 2}
	fmt.Printf("%v\n%+v\n", priv, priv)
	fmt.Println([]Color{0, 2}, []Level{1, 2})
	levels := []*Level{&lv}
	fmt.Println(levels)
	fmt.Println(map[Color]Level{1: 5})
	fmt.Printf("%d %v %s\n", Color(1), Color(1), Color(2))
	type wrapper struct{ Color }
	fmt.Println(wrapper{2})
	fmt.Printf("%+v %v\n", wrapper{1}, struct{ W wrapper }{wrapper{0}})
}
