package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: %s\n", name, err.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var m map[string]int
	var p *Sq
	var i interface{} = "str"
	var sh Shape
	zero := 0
	n := 5
	try("index", func() { _ = s[n] })
	try("index negative", func() { _ = s[n-10] })
	try("nil map", func() { m["a"] = 1 })
	try("nil deref", func() { _ = p.s })
	try("divide", func() { _ = n / zero })
	try("modulo", func() { _ = n % zero })
	try("assert concrete", func() { _ = i.(int) })
	try("assert iface", func() { _ = i.(Shape) })
	try("assert nil", func() { _ = sh.(Sq) })
	try("nil iface call", func() { _ = sh.Area() })
	try("slice hi", func() { _ = s[1:n] })
	try("slice lo>hi", func() { _ = s[n-2 : n-3] })
	try("slice 3-index", func() { _ = s[0:1:n] })
	try("string index", func() { _ = "abc"[n] })
	try("string slice", func() { _ = "abc"[n:] })
	try("array", func() {
		var a [2]int
		_ = a[n-3]
	})
	try("conversion", func() {
		var e interface{} = Sq{2}
		_ = e.(fmt.Stringer)
	})
	try("custom", func() { panic(fmt.Errorf("custom %d", 1)) })
	fmt.Println("all recovered")
}
