package main

import "fmt"

func main() {
	var a, b uint = 3, 5
	fmt.Println(a-b, b-a, a-b+b, (a-b)/2, (a-b)%7)
	var u8 uint8 = 10
	for i := 0; i < 5; i++ {
		u8 -= 4
		fmt.Print(u8, " ")
	}
	fmt.Println()
	var u16 uint16 = 1
	for i := 0; i < 18; i++ {
		u16 *= 3
		fmt.Print(u16, " ")
	}
	fmt.Println()
	var u32 uint32 = 0
	u32--
	fmt.Println(u32, u32/2, u32%10, -u32, ^u32)
	var u64 uint64 = 10
	fmt.Println(-u64, u64-11, (u64-11)/2)
	var x uint = 1
	fmt.Println(x<<63, x<<63>>63, x<<64, -x)
	var c uint8 = 200
	var d uint8 = 100
	fmt.Println(c+d, c*d, c/d, uint16(c)+uint16(d), int(c)-int(d)*3)
	avg := (c + d) / 2
	correct := uint8((uint16(c) + uint16(d)) / 2)
	fmt.Println(avg, correct)
	var idx uint = 0
	idx--
	fmt.Println(idx > 1000, idx+1 == 0)
	var mixed int64 = int64(c) * -1
	fmt.Println(mixed, uint64(mixed), uint8(mixed))
}
