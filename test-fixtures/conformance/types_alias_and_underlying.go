package main

import "fmt"

type Bytes = []byte
type Str = string
type List []int
type Names []string

func (n Names) Join() string {
	s := ""
	for i, x := range n {
		if i > 0 {
			s += ","
		}
		s += x
	}
	return s
}

func takesSlice(xs []int) int { return len(xs) }

func main() {
	var b Bytes = []byte("hi")
	var raw []byte = b
	fmt.Printf("%T %T %v\n", b, raw, raw)
	var s Str = "alias"
	fmt.Printf("%T %v\n", s, s)
	l := List{1, 2, 3}
	fmt.Println(takesSlice(l), len(l), l[1:])
	fmt.Printf("%T %T\n", l, l[1:])
	n := Names{"a", "b"}
	n = append(n, "c")
	fmt.Println(n.Join(), Names([]string{"x"}).Join())
	var plain []string = n
	fmt.Println(plain)
	type Pair [2]int
	p := Pair{1, 2}
	var arr [2]int = p
	fmt.Println(arr, p == Pair(arr))
	type Fn func(int) int
	var f Fn = func(x int) int { return x + 1 }
	var g func(int) int = f
	fmt.Println(g(1), f(2))
	type M map[string]int
	mm := M{"a": 1}
	var pm map[string]int = mm
	pm["b"] = 2
	fmt.Println(mm, len(mm))
	fmt.Printf("%T %T\n", mm, pm)
}
