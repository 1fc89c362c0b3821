package main

import (
	"fmt"
	"math"
)

func main() {
	var max uint64 = math.MaxUint64
	fmt.Println(max, max+1, max*max, max*2, max/3, max%10)
	var x uint64 = 1 << 63
	fmt.Println(x, x*2, x-1, x>>62, x/7, x%7)
	fmt.Println(uint64(1)<<63-1+1<<63 == max)
	a := uint64(0xdeadbeefcafebabe)
	b := uint64(0x0123456789abcdef)
	fmt.Println(a+b, a-b, b-a, a*b, a/b, a%b)
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	fmt.Printf("%x %X %#x %o %b\n", a, b, a*b, a, b)
	var s uint64 = 0
	for i := uint64(0); i < 20; i++ {
		s = s*6364136223846793005 + 1442695040888963407
		fmt.Println(s, s>>33)
	}
	var u uint = math.MaxUint
	fmt.Println(u, u+1, uint(int(x)-int(x)-1), int64(u))
	var n int64 = -1
	fmt.Println(uint64(n), uint32(n), uint16(n), uint8(n))
	fmt.Println(uint64(max>>1), int64(max>>1), int64(max>>1)+1)
}
