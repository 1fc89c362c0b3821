package main

import "fmt"

type Small int8
type Big uint64

func (s Small) Double() Small { return s * 2 }
func (b Big) Square() Big     { return b * b }

func main() {
	for _, s := range []Small{1, 50, 63, 64, 100, 127, -64, -65, -128} {
		fmt.Println(s, s.Double(), s.Double().Double(), -s, s+s+s)
	}
	for _, b := range []Big{1, 1 << 31, 1 << 32, 1<<32 + 1, 0xffffffff, 1 << 63} {
		fmt.Println(b, b.Square(), b.Square()+b)
	}
	const k = 100
	var v int8 = k
	fmt.Println(v*2, v+k/2, v-k-k)
	var w uint8 = k
	fmt.Println(w*3, w+200, w<<2)
	x := int16(v) * 400
	fmt.Println(x)
	const maxU32 = 1<<32 - 1
	var y uint32 = maxU32
	fmt.Println(y+1, y*maxU32, uint64(y)*maxU32)
}
