package main

import "fmt"

func middle(s []byte, lo, hi int) string {
	return string(s[lo:hi])
}

func main() {
	s := []byte("abcdef")
	pairs := [][2]int{{0, 6}, {2, 4}, {3, 3}, {5, 6}}
	for _, p := range pairs {
		fmt.Printf("%d:%d %q\n", p[0], p[1], middle(s, p[0], p[1]))
	}
	for i := len(s); i >= 0; i -= 3 {
		fmt.Printf("tail %d %q\n", i, middle(s, i, len(s)))
	}
	lo, hi := 4, 2
	fmt.Println(string(s[hi:lo]))
	fmt.Println(middle(s, lo, hi))
	fmt.Println("unreachable")
}
