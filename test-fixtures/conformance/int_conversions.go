package main

import "fmt"

func main() {
	values := []int64{0, 1, -1, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, 2147483647, 2147483648, -2147483649, 4294967295, 4294967296}
	for _, v := range values {
		fmt.Println(v, int8(v), uint8(v), int16(v), uint16(v), int32(v), uint32(v), uint64(v))
	}
	var f = 3.99
	fmt.Println(int(f), int(-f), int64(f*1e10), uint8(f))
	var big float64 = 1e18
	fmt.Println(int64(big), int64(big)+1)
	var r rune = -1
	fmt.Println(uint32(r), byte(r))
	var b byte = 'z'
	fmt.Println(b, rune(b), string(rune(b)), int(b)-'a')
	fmt.Println(float64(int64(1)<<62), float32(int32(16777217)))
	x := uint64(18446744073709551615)
	fmt.Println(float64(x), int64(x), uint32(x>>40))
}
