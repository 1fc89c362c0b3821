package main

import "fmt"

type Inner struct {
	Name string
	Tags []string
	M    map[string]int
}

type Outer struct {
	ID    int
	In    Inner
	Ptr   *Inner
	Any   interface{}
	Arr   [2]bool
	Fn    func()
	unexp float64
}

func main() {
	in := Inner{"inner", []string{"x", "y"}, map[string]int{"b": 2, "a": 1}}
	o := Outer{ID: 7, In: in, Any: in, Arr: [2]bool{true, false}, unexp: 1.5}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	s := fmt.Sprintf("%#v", o)
	fmt.Println(s)
	fmt.Printf("%v\n%+v\n%#v\n", in, in, in)
	var empty Outer
	fmt.Printf("%v\n%+v\n%#v\n", empty, empty, empty)
	nested := map[string][]map[string]int{"k": {{"z": 26}, nil}}
	fmt.Printf("%v\n%#v\n", nested, nested)
	ptrs := []*int{nil}
	fmt.Printf("%v %+v\n", ptrs, ptrs)
	iface := []interface{}{1, "a", nil, 2.5, []int{1}, struct{ X int }{3}, true}
	fmt.Printf("%v\n%+v\n%#v\n", iface, iface, iface)
	fmt.Printf("%v %#v\n", [][]string{{"a"}, {}}, [][]string{{"a"}, {}})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "s", 'r', 3.0, uint8(4))
	fmt.Printf("%#v %#v %#v\n", []byte{1, 2}, map[int]bool{2: true, 1: false}, [0]int{})
	fmt.Printf("%#v %#v\n", int64(-5), uintptr(9))
	type Alias struct{ A, B interface{} }
	fmt.Printf("%+v %#v\n", Alias{1, "x"}, Alias{nil, []int(nil)})
}
