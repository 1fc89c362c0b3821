package main

import "fmt"

func remove(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	t := remove(s, 2)
	fmt.Println(s, t, len(t), cap(t))
	u := insert(t, 1, 99)
	fmt.Println(s, t, u, cap(u))
	v := append(s[:2], s[3:]...)
	fmt.Println(s, v)
	w := []int{1, 2, 3}
	w = append(w, w...)
	fmt.Println(w, len(w), cap(w))
	x := make([]int, 3, 10)
	x = append(x[:1], x...)
	fmt.Println(x)
	y := []int{1, 2, 3, 4}
	y = append(y[:1], y[2:]...)
	y = append(y[:1], y[2:]...)
	fmt.Println(y, cap(y))
	z := []string{"a", "b", "c"}
	z2 := z[:1]
	z2 = append(z2, "X")
	fmt.Println(z, z2)
	z3 := append(z[:1:1], "Y")
	fmt.Println(z, z3)
	var nilS []int
	nilS = append(nilS, nilS...)
	fmt.Println(nilS == nil, len(nilS))
	nilS = append(nilS[:0], []int{}...)
	fmt.Println(nilS == nil)
	bs := append([]byte("hello"), " world"...)
	fmt.Println(string(bs), len(bs), cap(bs))
}
