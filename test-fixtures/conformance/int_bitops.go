package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverse(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func rotl(x uint64, k uint) uint64 { return x<<k | x>>(64-k) }

func main() {
	for _, v := range []uint64{0, 1, 255, 0xdeadbeef, 1<<64 - 1, 0x8000000000000001} {
		fmt.Println(v, popcount(v), rotl(v, 13), v&-v, v&^(v>>1))
	}
	for _, v := range []uint32{1, 2, 0x80000000, 0x12345678, 0xf0f0f0f0} {
		fmt.Printf("%032b %08x\n", reverse(v), reverse(v))
	}
	var s int32 = -20
	fmt.Println(s&7, s|7, s^7, s&^7, ^s, -s&s)
	var m uint8 = 0b10101010
	fmt.Println(m&0x0f, m|0x0f, m^0xff, m&^0xf0, ^m)
	flags := 0
	for i := 0; i < 8; i += 3 {
		flags |= 1 << i
	}
	fmt.Printf("%b %d\n", flags, flags)
	flags &^= 1 << 3
	fmt.Printf("%b %d\n", flags, flags)
}
