package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return fmt.Sprintf("Base(%d,%s)", b.ID, b.Name) }
func (b *Base) Rename(n string) { b.Name = n }
func (b Base) Kind() string     { return "base" }

type Mid struct {
	Base
	Level int
}

func (m Mid) Kind() string { return "mid" }

type Top struct {
	*Mid
	Name string
}

type Describer interface{ Describe() string }

func main() {
	m := Mid{Base{1, "m"}, 2}
	fmt.Println(m.ID, m.Name, m.Describe(), m.Kind(), m.Base.Kind())
	m.Rename("renamed")
	fmt.Println(m.Name, m.Base.Name)
	t := Top{&m, "top"}
	fmt.Println(t.Name, t.Mid.Name, t.ID, t.Level, t.Kind(), t.Describe())
	t.Rename("via top")
	fmt.Println(m.Name)
	var d Describer = m
	fmt.Println(d.Describe())
	d = t
	fmt.Println(d.Describe())
	fmt.Printf("%v\n%+v\n", m, m)
	fmt.Printf("%+v\n", Top{Name: "x"})
	type Point struct{ X, Y int }
	type Named struct {
		Point
		Name string
	}
	n := Named{Point{1, 2}, "p"}
	n.X = 10
	fmt.Printf("%v %+v %#v\n", n, n, n)
}
