// bytes.Buffer as Go's: capacities after writes, Bytes() and Next() aliasing the buffer,
// a zero Buffer's nil Bytes(), reads, unreads, Truncate, Grow and sliding down.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Bytes() == nil, b.Cap(), b.Len())
	for i := 0; i < 40; i++ {
		b.WriteString("hello, world ")
		fmt.Print(b.Cap(), " ")
	}
	fmt.Println()
	fmt.Println(bytes.NewBufferString("abc").Cap(), bytes.NewBufferString("").Cap(), bytes.NewBufferString("").Bytes() == nil)
	fmt.Println(bytes.NewBufferString("abcdefghijklmnopqrstuvwxyz0123456789").Cap())
	fmt.Println(bytes.NewBuffer(make([]byte, 3, 10)).Cap(), bytes.NewBuffer(nil).Bytes() == nil)

	var a bytes.Buffer
	a.WriteString("abcdef")
	view := a.Bytes()
	view[0] = 'X'
	fmt.Println(a.String())
	next := a.Next(2)
	next[1] = 'Y'
	fmt.Println(string(next), a.String(), a.Len(), a.Cap())
	a.Truncate(2)
	fmt.Println(a.String(), a.Len())
	a.Reset()
	fmt.Println(a.Len(), a.Cap(), a.Bytes() == nil, len(a.Bytes()))

	var g bytes.Buffer
	g.Grow(100)
	fmt.Println(g.Len(), g.Cap())
	g.Grow(10)
	fmt.Println(g.Len(), g.Cap())
	g.Write(make([]byte, 90))
	g.Next(80)
	g.Write(make([]byte, 20))
	fmt.Println(g.Len(), g.Cap())
	g.Write(make([]byte, 200))
	fmt.Println(g.Len(), g.Cap())
	g.WriteByte('z')
	g.WriteRune('é')
	fmt.Println(g.Len(), g.Cap())

	r := bytes.NewBufferString("añb\nrest")
	c, _ := r.ReadByte()
	ru, size, _ := r.ReadRune()
	fmt.Println(string(c), string(ru), size, r.UnreadRune(), r.UnreadRune(), r.UnreadByte())
	line, err := r.ReadBytes('\n')
	fmt.Printf("%q %v\n", line, err)
	s, err := r.ReadString('\n')
	fmt.Printf("%q %v %d\n", s, err, r.Len())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Println(n, err, r.Cap())
	r.WriteString("again")
	fmt.Println(r.String(), r.Cap())
}
