package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, World")
	fmt.Println(bytes.Equal(a, []byte("Hello, World")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains(a, []byte("World")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")), bytes.IndexByte(a, ','))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("ld")), bytes.Count(a, []byte("l")))
	fmt.Printf("%s %s\n", bytes.ToUpper(a), bytes.ToLower(a))
	fmt.Printf("%q\n", bytes.Split([]byte("a b  c"), []byte(" ")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b  c ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Printf("%q %q\n", bytes.TrimSpace([]byte("  pad  ")), bytes.Trim([]byte("xxaxx"), "x"))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("a.b.c"), []byte("."), []byte("/")))
	fmt.Printf("%s\n", bytes.Title([]byte("abc def")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexRune([]byte("héllo"), 'l'))
	before, after, found := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.ContainsRune(a, 'W'), bytes.ContainsAny(a, "xyz"))
	x := []byte("mutable")
	y := bytes.ToUpper(x)
	x[0] = 'M'
	fmt.Printf("%s %s\n", x, y)
	fmt.Println(bytes.Runes([]byte("añ")))
}
