package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap())
	prevCap := -1
	for i := 0; i < 300; i++ {
		sb.WriteByte(byte('a' + i%26))
		if sb.Cap() != prevCap {
			fmt.Println("len", sb.Len(), "cap", sb.Cap())
			prevCap = sb.Cap()
		}
	}
	var g strings.Builder
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	g.WriteString(strings.Repeat("x", 100))
	fmt.Println(g.Len(), g.Cap())
	g.WriteString("y")
	fmt.Println(g.Len(), g.Cap())
	var r strings.Builder
	for _, s := range []string{"日本", "語", "🙂"} {
		n, _ := r.WriteString(s)
		fmt.Print(n, " ")
	}
	n, _ := r.WriteRune('é')
	fmt.Println(n, r.Len(), r.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	var neg strings.Builder
	neg.Grow(-1)
}
