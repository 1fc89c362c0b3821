package main

import "fmt"

func factorials() {
	var f8 int8 = 1
	var f16 int16 = 1
	var f32 int32 = 1
	var f64 int64 = 1
	var u64 uint64 = 1
	for i := 1; i <= 25; i++ {
		f8 *= int8(i)
		f16 *= int16(i)
		f32 *= int32(i)
		f64 *= int64(i)
		u64 *= uint64(i)
		fmt.Println(i, f8, f16, f32, f64, u64)
	}
}

func fib() {
	var a, b uint8 = 0, 1
	var c, d int32 = 0, 1
	var e, f uint64 = 0, 1
	for i := 0; i < 95; i++ {
		a, b = b, a+b
		c, d = d, c+d
		e, f = f, e+f
		if i%5 == 0 || i > 88 {
			fmt.Println(i, a, c, e)
		}
	}
}

func main() {
	factorials()
	fib()
	var counter uint16
	steps := 0
	for counter = 65000; counter != 10; counter += 7 {
		steps++
	}
	fmt.Println("steps", steps)
}
