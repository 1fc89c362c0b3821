package main

import "fmt"

func mul(a, b int32) int32 { return a * b }

func main() {
	var max int32 = 2147483647
	var min int32 = -2147483648
	fmt.Println(max+1 == min, max+1, min-1)
	fmt.Println(mul(65536, 65536), mul(46341, 46341), mul(-46341, 46341))
	fmt.Println(min/-1, min%-1, -min)
	h := int32(0)
	for _, c := range "the quick brown fox" {
		h = h*31 + int32(c)
	}
	fmt.Println("hash:", h)
	var u uint32 = 4294967295
	fmt.Println(u+1, u*u, u*2, u>>31, u<<4)
	var f uint32 = 2166136261
	for _, b := range []byte("hello world") {
		f ^= uint32(b)
		f *= 16777619
	}
	fmt.Println("fnv32a:", f)
	fmt.Printf("%08x %d %d\n", f, int32(f), uint32(min/min-2))
	for _, v := range []int32{-17, -16, -1, 1, 16, 17} {
		fmt.Println(v/4, v%4, v>>2, v/-4, v%-4)
	}
	var r rune = 'A'
	r += 0x7fffffff
	fmt.Println(r)
}
