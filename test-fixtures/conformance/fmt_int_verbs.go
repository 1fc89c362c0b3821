package main

import "fmt"

func main() {
	ints := []int{0, 7, -7, 255, -255, 65535, 1 << 40}
	for _, v := range ints {
		fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b|%c|%q|%U\n", v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v%128+65, v%128+65, v%128+65)
	}
	fmt.Printf("%8.3d|%-8.3d|%.0d|%.0d|%+.3d\n", 5, 5, 0, 1, -5)
	fmt.Printf("%x|% x|%#x|% #x\n", 3054, []int{1, 2, 300}, []int{10, 11}, []int{10, 11})
	fmt.Printf("%3c|%-3c|%c\n", 'x', 'y', 0x1F600)
	fmt.Printf("%d %d %d\n", int8(-128), uint8(255), uint64(18446744073709551615))
	fmt.Printf("%08b %016b\n", uint8(5), int16(-2))
	fmt.Printf("%x %X\n", int64(-255), int8(-1))
	fmt.Printf("%v %v\n", uint16(65535), int32(-2147483648))
	fmt.Printf("%+x %+o\n", 255, -8)
	fmt.Printf("[%6x] [%-6X] [%06x] [%#06x]\n", 255, 255, 255, 255)
	fmt.Printf("%v %d %x\n", []int8{-1, 2}, []uint8{1, 2}, []uint16{255, 4096})
	fmt.Printf("%#v %#v %#v\n", int8(-3), uint32(7), []int64{1})
	fmt.Printf("%c|%c|%c\n", -1, 0x110000, 0xD800)
	fmt.Printf("%U|%#U|%q\n", 0x110000, -1, 0x7F)
	fmt.Printf("%.3x|%8.3x|%-8.3X|\n", 10, 10, 10)
	fmt.Printf("% d|% d|%+ d\n", 5, -5, 5)
}
