// strings.Builder's capacity as Go grows it: append's growth (size classes) for Write, WriteString
// and WriteByte, Grow's and WriteRune's 2*cap+n for a multi-byte rune, Reset dropping the buffer.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap())
	for i := 0; i < 30; i++ {
		b.WriteString("abcdefg")
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println(b.Len())
	var r strings.Builder
	for i := 0; i < 20; i++ {
		r.WriteRune('é')
		fmt.Print(r.Cap(), " ")
	}
	r.WriteRune('😀')
	r.WriteRune(-1)
	fmt.Println(r.Len(), r.Cap())
	var m strings.Builder
	for i := 0; i < 300; i++ {
		switch i % 4 {
		case 0:
			m.WriteByte('x')
		case 1:
			m.WriteRune('a')
		case 2:
			m.WriteRune('→')
		default:
			m.Write([]byte("hello"))
		}
		if i%25 == 0 {
			fmt.Print(m.Cap(), " ")
		}
	}
	fmt.Println(m.Len(), m.Cap())
	var g strings.Builder
	g.Grow(10)
	fmt.Print(g.Cap(), " ")
	g.WriteString("0123456789")
	fmt.Print(g.Cap(), " ")
	g.Grow(5)
	fmt.Print(g.Cap(), " ")
	g.Grow(1)
	fmt.Print(g.Cap(), " ")
	g.WriteString("x")
	fmt.Print(g.Cap(), " ")
	g.WriteString(strings.Repeat("y", 1000))
	fmt.Println(g.Cap(), g.Len())
	g.Reset()
	fmt.Println(g.Len(), g.Cap(), g.String() == "")
	g.WriteString(strings.Repeat("z", 33))
	fmt.Println(g.Cap())
	g.WriteString(strings.Repeat("z", 5000))
	fmt.Println(g.Cap(), len(g.String()))
}
