package main

import "fmt"

func main() {
	values := []float64{1, 10, 1e5, 1e6, 1e20, 1e21, 1e22, 0.1, 0.001, 1e-4, 1e-5, 1e-6, 123456, 1234567, 12345678, 0.000123456}
	for _, v := range values {
		fmt.Printf("%v|%g|%.3g|%.10g|%G|%.0g|%.1g\n", v, v, v, v, v, v, v)
	}
	for p := 0; p <= 8; p++ {
		fmt.Printf("%d: %.*g %.*g %.*g\n", p, p, 123.456, p, 0.000123456, p, 99999.5)
	}
	f32 := []float32{1e5, 1e6, 1e7, 1e8, 1e20, 1e21, 3.4e38, 1.1754944e-38}
	for _, v := range f32 {
		fmt.Printf("%v|%g|%e\n", v, v, v)
	}
	fmt.Println(1e20, 1e21, float32(1e20), float32(1e21))
	fmt.Println(100000000.0, 123456789012345678.0, 0.00001, 0.0001)
}
