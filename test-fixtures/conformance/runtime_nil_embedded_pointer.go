package main

import "fmt"

type Base struct{ ID int }

func (b *Base) Describe() string {
	if b == nil {
		return "nil base"
	}
	return fmt.Sprint("base ", b.ID)
}

func (b *Base) Value() int { return b.ID }

type Derived struct {
	*Base
	Name string
}

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(label, "panicked:", r)
		}
	}()
	f()
	fmt.Println(label, "ok")
}

func main() {
	d := Derived{Base: &Base{7}, Name: "full"}
	fmt.Println(d.Describe(), d.Value(), d.ID)
	e := Derived{Name: "empty"}
	fmt.Println(e.Describe())
	try("method on nil embedded", func() { fmt.Println(e.Value()) })
	try("field of nil embedded", func() { fmt.Println(e.ID) })
	try("assign through nil embedded", func() { e.ID = 3 })
	e.Base = &Base{}
	e.ID = 3
	fmt.Println(e.Describe(), e.Value())
	var pd *Derived
	try("nil outer pointer", func() { fmt.Println(pd.Name) })
	try("promoted through nil outer", func() { fmt.Println(pd.Describe()) })
}
