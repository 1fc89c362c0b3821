package main

import "fmt"

func main() {
	var one int64 = 1
	for _, s := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 100} {
		fmt.Println(s, one<<s, -one<<s, (-one)>>s, int64(-100)>>s, uint64(one)<<s)
	}
	var b uint8 = 0x81
	for s := uint(0); s < 10; s++ {
		fmt.Println(b<<s, b>>s, int8(b)>>s, int8(b)<<s)
	}
	var i32 int32 = -1
	var sh int = 33
	fmt.Println(i32<<sh, i32>>sh, uint32(i32)>>sh, uint32(i32)>>31)
	var signed int = 3
	fmt.Println(1<<signed, 1024>>signed)
	const c = 1 << 100
	fmt.Println(c>>98, c>>90/1024)
	x := 5
	x <<= 3
	fmt.Println(x)
	x >>= 1
	fmt.Println(x)
	var u16 uint16 = 0xffff
	u16 <<= 8
	fmt.Println(u16)
	one8, three8 := uint8(1), uint8(3)
	fmt.Println(one8<<7>>7, three8<<7>>7)
}
