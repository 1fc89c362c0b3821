package main

import (
	"fmt"
	"strconv"
)

func main() {
	values := []float64{0, 1, 0.5, 2.5, 1.0 / 3, 2.0 / 3, 123.456, 1e21, 1.5e-7, 999.9999}
	for _, v := range values {
		fmt.Print(v, ":")
		for _, prec := range []int{-1, 0, 1, 2, 5, 10} {
			fmt.Print(" ", strconv.FormatFloat(v, 'f', prec, 64))
		}
		fmt.Println()
	}
	for _, v := range values {
		fmt.Print(v, ":")
		for prec := 1; prec <= 17; prec += 4 {
			fmt.Print(" ", strconv.FormatFloat(v, 'g', prec, 64), "/", strconv.FormatFloat(v, 'e', prec, 64))
		}
		fmt.Println()
	}
	for _, v := range []float64{0.1, 1.0 / 3, 16777217, 3.4e38, 1e-40} {
		fmt.Println(strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'f', -1, 32), strconv.FormatFloat(v, 'e', -1, 32))
	}
	fmt.Println(strconv.FormatFloat(1.5, 'z', -1, 64))
	fmt.Println(strconv.FormatFloat(-1234.5678, 'G', 6, 64), strconv.FormatFloat(1e-10, 'G', -1, 64))
}
