package main

import "fmt"

type Key struct {
	A int
	B string
}

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = Key{1, "a"}, Key{1, "a"}
	fmt.Println(x == y)
	x, y = &Key{1, "a"}, &Key{1, "a"}
	fmt.Println(x == y)
	k := &Key{}
	x, y = k, k
	fmt.Println(x == y)
	x, y = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(x == y)
	x = nil
	fmt.Println(x == nil, y != nil)
	m := map[interface{}]int{}
	m[1] = 1
	m[int8(1)] = 2
	m["1"] = 3
	m[Key{1, "a"}] = 4
	m[[2]int{1, 2}] = 5
	m[true] = 6
	m[1.0] = 7
	fmt.Println(len(m), m[1], m[Key{1, "a"}], m[[2]int{1, 2}], m[1.0], m[uint(1)])
	defer func() { fmt.Println("recovered:", recover()) }()
	x, y = []int{1}, []int{1}
	fmt.Println(x == y)
}
