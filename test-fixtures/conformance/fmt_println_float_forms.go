package main

import "fmt"

func main() {
	x := 1.0
	for i := 0; i < 25; i++ {
		fmt.Println(x, -x, float32(x))
		x *= 10
	}
	y := 1.0
	for i := 0; i < 10; i++ {
		y /= 10
		fmt.Println(y, float32(y))
	}
	fmt.Println(123456789.0, 1234567890123.0, 0.1+0.7, 1.1*1.1, 3*0.1)
	fmt.Println(float32(0.1)+float32(0.2), float32(1)/float32(3)*3)
	fmt.Println(2.0/3, float32(2.0/3), 1e-320, 4.9e-324)
	fmt.Println(100.5, 1e2, 12e1, 0.5e-1, 5e-1)
	fmt.Println([]float64{1e6, 1e21, 1.5e-5}, []float32{1e6, 1e21, 1.5e-5})
}
