package main

import "fmt"

func shift(x int64, n int) int64 { return x << n }

func rshift(x int32, n int) int32 { return x >> n }

func main() {
	for n := 0; n <= 64; n += 16 {
		fmt.Println(n, shift(3, n), rshift(-1024, n/4))
	}
	var u8 uint8 = 200
	for _, n := range []int{0, 1, 7, 8, 100} {
		fmt.Println(u8<<n, u8>>n, int8(u8)>>n)
	}
	amounts := []int{3, 2, 1, 0, -1}
	for _, n := range amounts {
		fmt.Println("shifting by", n)
		fmt.Println(shift(1, n))
	}
	fmt.Println("unreachable")
}
