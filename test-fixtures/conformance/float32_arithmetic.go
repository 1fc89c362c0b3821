package main

import (
	"fmt"
	"math"
)

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b, float64(a+b))
	var acc float32
	for i := 1; i <= 100; i++ {
		acc += 1 / float32(i)
	}
	fmt.Println(acc, float64(acc))
	var acc64 float64
	for i := 1; i <= 100; i++ {
		acc64 += 1 / float64(i)
	}
	fmt.Println(acc64, float32(acc64))
	big := float32(1 << 24)
	fmt.Println(big, big+1, big+2, big*big, big*big*big*big*big*big)
	fmt.Println(float32(math.Pi), float32(1e-45), float32(1e-46), float32(3.4028235e38))
	x := float32(1)
	for i := 0; i < 30; i++ {
		x /= 3
	}
	fmt.Println(x, x*1e14)
	fmt.Printf("%.10f %g %e %v\n", float32(2)/3, float32(2)/3, float32(2)/3, float32(2)/3)
	var h float32 = 16777217
	fmt.Println(h, int32(h), int64(float32(123456789)))
	fmt.Println(math.Float32bits(0.1), math.Float32frombits(0x3f800001))
	fmt.Println(float32(0.1) == 0.1, float64(float32(0.1)) == 0.1)
}
