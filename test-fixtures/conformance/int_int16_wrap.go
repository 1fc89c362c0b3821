package main

import "fmt"

func main() {
	var a int16 = 32767
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var m int16 = 300
	fmt.Println(m*m, m*200, m*-200)
	var n int16 = -32768
	fmt.Println(n/-1, n%-1, -n, n-1)
	for _, v := range []int16{-1000, -3, 0, 3, 1000, 32767, -32768} {
		fmt.Println(v, v/7, v%7, v>>2, v<<3, ^v, v&0x0ff0, v|0x00ff, v^0x5555)
	}
	var u uint16 = 65535
	u++
	fmt.Println("65535+1 =", u)
	u--
	fmt.Println("0-1 =", u)
	fmt.Println(u*u, u/3, u%1000, u>>15, u<<1)
	fmt.Println(int16(u), uint16(n), int32(n), uint32(uint16(n)))
	fmt.Printf("%6d|%-6d|%06d|%x\n", n, a, int16(-42), uint16(a-a-42))
}
