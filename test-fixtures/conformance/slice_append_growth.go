package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prev := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	var b []byte
	prev = -1
	for i := 0; i < 300; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Println("bytes len", len(b), "cap", cap(b))
			prev = cap(b)
		}
	}
	t := make([]int, 3, 10)
	fmt.Println(len(t), cap(t), t)
	t = append(t, 1, 2, 3)
	fmt.Println(len(t), cap(t), t)
	u := append([]int{1, 2, 3}, 4)
	fmt.Println(len(u), cap(u))
	v := append([]int(nil), 1, 2, 3, 4, 5)
	fmt.Println(len(v), cap(v))
	w := append(v, v...)
	fmt.Println(len(w), cap(w), w)
	x := append([]string{}, "a")
	fmt.Println(len(x), cap(x))
}
