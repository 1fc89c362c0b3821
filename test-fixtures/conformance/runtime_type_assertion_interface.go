package main

import "fmt"

type Named interface{ Name() string }

type Thing struct{}
type Person struct{ name string }

func (p Person) Name() string { return p.name }

func main() {
	items := []interface{}{Person{"ann"}, Thing{}, &Person{"bob"}}
	for _, it := range items {
		if n, ok := it.(Named); ok {
			fmt.Printf("%T named %s\n", it, n.Name())
		} else {
			fmt.Printf("%T has no name\n", it)
		}
	}
	var v interface{} = Thing{}
	n := v.(Named)
	fmt.Println(n.Name())
}
