package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 0.5, 1, 2, math.Pi / 6, math.Pi / 4, math.Pi} {
		fmt.Printf("%.12f %.12f %.12f %.12f\n", math.Sin(x), math.Cos(x), math.Exp(x), math.Atan(x))
	}
	for _, x := range []float64{0.1, 1, 2, math.E, 10, 1000} {
		fmt.Printf("%.12f %.12f %.12f\n", math.Log(x), math.Log2(x), math.Log10(x))
	}
	fmt.Printf("%.12f %.12f\n", math.Atan2(1, -1), math.Atan2(-1, -1))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000))
	fmt.Println(math.Log2(8), math.Log10(1000), math.Exp(0), math.Log(1))
	fmt.Println(math.Sqrt(16), math.Sqrt(2)*math.Sqrt(2))
}

func init() {
	for _, x := range []float64{-2, -0.5, 0.25, 3} {
		fmt.Printf("%.10f %.10f %.10f\n", math.Tanh(x), math.Sinh(x), math.Cosh(x))
	}
	fmt.Printf("%.12f %.12f %.12f\n", math.Asin(0.5), math.Acos(0.5), math.Tan(1))
}
