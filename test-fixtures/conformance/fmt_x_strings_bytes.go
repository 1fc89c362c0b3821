package main

import "fmt"

func main() {
	s := "Hi, 世!"
	b := []byte(s)
	fmt.Printf("%x\n%X\n% x\n% X\n%#x\n% #x\n%# X\n", s, s, s, s, s, s, b)
	fmt.Printf("[%20x] [%-20x] [%.3x] [%10.2x]\n", "abc", "abc", "abcdef", "abcdef")
	fmt.Printf("%x %x\n", "", []byte{})
	fmt.Printf("% x|%#x|\n", "", "")
	arr := [4]byte{0xde, 0xad, 0xbe, 0xef}
	fmt.Printf("%x %X % x %v %d %s\n", arr, arr, arr, arr, arr, arr[:2])
	fmt.Printf("%x %X\n", []uint16{1, 0xabc}, []int{-1, 255})
	fmt.Printf("%x %x %x\n", -1, int8(-128), uint64(1<<63))
	fmt.Printf("%x %X\n", []string{"ab", "cd"}, [2]string{"ef", "gh"})
	fmt.Printf("%08x %-8x| %8X\n", []byte{1, 2}, []byte{3}, "xy")
	fmt.Printf("%s %v %d\n", b[:4], b[:4], b[:4])
	type Hash [4]byte
	h := Hash{1, 2, 3, 4}
	fmt.Printf("%x %v %s\n", h, h, h[:])
	fmt.Printf("%x\n", 3.5)
}
