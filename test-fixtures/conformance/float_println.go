package main

import (
	"fmt"
	"math"
)

func main() {
	values := []float64{0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.125, 1e100, 5e-324, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, -math.E}
	for _, v := range values {
		fmt.Println(v, float32(v))
	}
	var negZero = math.Copysign(0, -1)
	fmt.Println(negZero, math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Println(float32(0.1), float32(1)/3, float32(16777216.0)+1)
	var f32 float32 = 1e38
	fmt.Println(f32*10, -f32*10)
	fmt.Println(3.0, 2.5e10, 1e21/10, 12345678.0, 123456789.0)
	fmt.Print(1.5, 2.25, "\n")
	fmt.Println(fmt.Sprint(0.000001), fmt.Sprint(0.0000001))
}
