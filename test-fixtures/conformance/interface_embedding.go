package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return "<empty>"
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

type Upper struct{ Writer }

func (u Upper) Write(s string) int {
	out := []byte(s)
	for i, c := range out {
		if c >= 'a' && c <= 'z' {
			out[i] = c - 32
		}
	}
	return u.Writer.Write(string(out))
}

func main() {
	b := &Buffer{}
	var rw ReadWriter = b
	rw.Write("one")
	var w Writer = rw
	w.Write("two")
	u := Upper{b}
	n := u.Write("three")
	var w2 Writer = u
	w2.Write("four")
	fmt.Println(n, len(b.data))
	var r Reader = b
	for i := 0; i < 5; i++ {
		fmt.Println(r.Read())
	}
	_, ok := w2.(Reader)
	_, ok2 := w.(Reader)
	fmt.Println(ok, ok2)
}
