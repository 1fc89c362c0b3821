package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('!')
	fmt.Println(buf.String(), buf.Len())
	fmt.Fprintf(&buf, " %d+%d=%d", 2, 3, 5)
	fmt.Println(buf.String())
	b := make([]byte, 5)
	n, err := buf.Read(b)
	fmt.Println(n, err, string(b), buf.Len())
	c, err := buf.ReadByte()
	fmt.Println(c, err)
	line, err := buf.ReadString('!')
	fmt.Printf("%q %v\n", line, err)
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(b)
	fmt.Println(n, err, buf.Len())
	buf.Reset()
	buf.WriteString("abc")
	buf.Truncate(2)
	fmt.Println(buf.String(), string(buf.Bytes()))
	nb := bytes.NewBufferString("x,y,z")
	for {
		tok, err := nb.ReadBytes(',')
		fmt.Printf("%q %v\n", tok, err)
		if err != nil {
			break
		}
	}
	r, size, err := bytes.NewBufferString("é!").ReadRune()
	fmt.Println(r, size, err)
}
