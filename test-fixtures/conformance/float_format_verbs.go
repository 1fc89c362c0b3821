package main

import (
	"fmt"
	"math"
)

func main() {
	values := []float64{0, 1, -2.5, 3.14159265358979, 1234567.891, 1e-7, 6.02214076e23, -0.0001234, 100}
	for _, v := range values {
		fmt.Printf("%f|%.2f|%8.3f|%-10.1f|%+.0f|%e|%E|%.3e|%g|%G|%.3g|%10.4g|%v\n", v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		fmt.Printf("%f|%5.1f|%e|%g|%v|%+v|%08.2f\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%08.3f|%-08.3f|% f|% .2f|%+08.2f\n", 3.14159, 3.14159, 2.0, -2.0, 2.5)
	fmt.Printf("%.0f %.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5, 3.5)
	fmt.Printf("%.1f %.1f %.1f %.2f %.2f\n", 0.05, 0.15, 0.25, 1.005, 2.675)
	fmt.Printf("%g %g %g %g %g\n", 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Printf("%.10g %.17g %.20f\n", 0.1, 0.1, 0.1)
	fmt.Printf("%x %X %.3x\n", 1.0, 255.5, math.Pi)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%6.2f%%\n", 99.5)
	var f32 float32 = 0.1
	fmt.Printf("%v %g %.10f %e\n", f32, f32, f32, f32)
	fmt.Printf("%*.*f|%-*d|\n", 10, 3, math.E, 6, 42)
}
