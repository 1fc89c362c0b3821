package main

import (
	"fmt"
	"strconv"
)

func main() {
	values := []float64{0.1, 0.2, 0.3, 1.0 / 3, 3.14159265358979, 16777216, 16777217, 1e-8, 1e38, 1e39, 6.02214076e23, 299792458}
	for _, v := range values {
		f32 := float32(v)
		fmt.Printf("%-22s %-14s %-22s %-14s %v\n",
			strconv.FormatFloat(v, 'g', -1, 64),
			strconv.FormatFloat(float64(f32), 'g', -1, 32),
			strconv.FormatFloat(float64(f32), 'g', -1, 64),
			strconv.FormatFloat(v, 'e', 4, 32),
			f32)
	}
	for _, s := range []string{"0.1", "1e39", "1.17549435e-38", "1e-46", "340282356779733661637539395458142568448"} {
		f, err := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, float32(f), err)
	}
}
