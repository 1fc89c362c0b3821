package main

import "fmt"

func buffer(l, c int) []byte {
	b := make([]byte, l, c)
	for i := range b {
		b[i] = byte('a' + i)
	}
	return b
}

func main() {
	for _, lc := range [][2]int{{0, 0}, {2, 4}, {4, 4}, {3, 10}} {
		b := buffer(lc[0], lc[1])
		fmt.Printf("len=%d cap=%d %q\n", len(b), cap(b), b)
	}
	l, c := 10, 4
	s := buffer(l, c)
	fmt.Println(len(s), cap(s))
}
