package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{math.MaxFloat64, math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1e300, 1e-300, 9.999999999999999e22, 0.5e-323}
	for _, v := range vals {
		fmt.Printf("%e|%.0e|%.17e|%E|%g\n", v, v, v, v, v)
	}
	fmt.Printf("%f\n", 1e20)
	fmt.Printf("%f\n", 1e22)
	fmt.Printf("%.0f\n", 1e23)
	fmt.Printf("%.3f\n", 123456789.987654321)
	fmt.Printf("%.30f\n", 1e-10)
	fmt.Printf("%.40f\n", 1.0/3)
	fmt.Printf("%.0f %.0f %.0f\n", math.MaxFloat32, float64(math.MaxInt64), -1e15)
	fmt.Printf("%.2e %.2e %.2e %.2e\n", 9.995, 9.994, 0.00015, 1.5e-10)
	fmt.Printf("%.3e|%10.2e|%-12.1e|%+.4E\n", 0.0, 1234.5, -0.000321, 6.02e23)
	fmt.Printf("%e %e\n", float32(1)/3, float32(16777217))
	for p := 0; p < 6; p++ {
		fmt.Printf("%.*f ", p, 2.5)
	}
	fmt.Println()
	for p := 0; p < 6; p++ {
		fmt.Printf("%.*e ", p, 125.0)
	}
	fmt.Println()
}
