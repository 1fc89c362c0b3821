package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("127+1 =", a)
	a--
	fmt.Println("-128-1 =", a)
	var b int8 = -128
	fmt.Println("-(-128) =", -b)
	fmt.Println("-128 / -1 =", b/int8(-1+0*int(b)))
	var c int8 = 100
	fmt.Println("100*3 =", c*3)
	fmt.Println("100+100 =", c+c)
	for i := int8(120); i > 0 && i < 127; i += 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var x int8 = -7
	fmt.Println(x/2, x%2, x>>1, x<<1, x<<5, x<<6, x<<7)
	var y int8 = 64
	fmt.Println(y<<1, y<<2, y>>3, -y>>3)
	values := []int8{0, 1, -1, 127, -128, 55, -55}
	for _, v := range values {
		fmt.Printf("%d %x %X %o %b %v\n", v, v, v, v, v, ^v)
	}
	var u uint8 = uint8(x)
	fmt.Println("uint8(-7) =", u)
	fmt.Println("int8(uint8 250) =", int8(uint8(250)+u-u))
}
