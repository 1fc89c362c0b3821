package main

import (
	"bytes"
	"fmt"
)

func main() {
	var b bytes.Buffer
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)
	b.WriteString("line one\nline two\nthird")
	fmt.Printf("%q\n", b.Next(4))
	fmt.Println(b.UnreadByte())
	c, _ := b.ReadByte()
	fmt.Println(string(c), b.UnreadByte(), b.UnreadByte())
	line, err := b.ReadBytes('\n')
	fmt.Printf("%q %v %d\n", line, err, b.Len())
	r, size, err := b.ReadRune()
	fmt.Println(string(r), size, err, b.UnreadRune(), b.UnreadRune())
	rest := b.String()
	fmt.Printf("%q\n", rest)
	b.Truncate(3)
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String() == "")
	_, err = b.ReadByte()
	fmt.Println(err)
	nb := bytes.NewBuffer([]byte("héllo"))
	for nb.Len() > 0 {
		r, n, _ := nb.ReadRune()
		fmt.Print(string(r), n, " ")
	}
	fmt.Println()
	w := bytes.NewBufferString("")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "[%d]", i)
		w.WriteRune('→')
	}
	fmt.Println(w.String(), w.Len())
	fmt.Println(bytes.NewBufferString("abc").Bytes())
	var zero bytes.Buffer
	fmt.Printf("%q %v\n", zero.String(), zero.Bytes() == nil)
}
