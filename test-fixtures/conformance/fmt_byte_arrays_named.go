package main

import "fmt"

type Digest [8]byte
type Payload []byte
type Bytes16 [2]uint16

func (d Digest) Short() string { return fmt.Sprintf("%x", d[:2]) }

func main() {
	d := Digest{0xde, 0xad, 0xbe, 0xef, 0, 1, 2, 3}
	fmt.Println(d)
	fmt.Printf("%v|%x|%X|% x|%s|%q|%d\n", d, d, d, d, d[:4], d[:2], d)
	fmt.Printf("%#v\n", d)
	fmt.Println(d.Short())
	p := Payload("payload")
	fmt.Println(p)
	fmt.Printf("%v|%s|%q|%x|%#v|%T\n", p, p, p, p, p, p)
	var np Payload
	fmt.Printf("%v|%s|%q|%x|%#v\n", np, np, np, np, np)
	b := Bytes16{1, 0xffff}
	fmt.Printf("%v|%x|%d|%#v\n", b, b, b, b)
	raw := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%s|%v|%q|%c\n", raw, raw, raw, raw)
	ptr := &raw
	fmt.Printf("%s|%v|%x\n", ptr, ptr, ptr)
	bs := [][]byte{[]byte("x"), nil, []byte("yz")}
	fmt.Printf("%s|%q|%v|%x\n", bs, bs, bs, bs)
}
