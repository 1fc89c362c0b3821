package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	values := []float64{0, 1, -1.5, 0.1, 1.0 / 3, 123456789.125, 1e21, 1e-7, math.MaxFloat64, math.Inf(-1), math.NaN(), 5e-324}
	for _, v := range values {
		fmt.Println(strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', -1, 64), strconv.FormatFloat(v, 'g', 4, 32), strconv.FormatFloat(v, 'E', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(0.1, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(1024, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64))
	for _, s := range []string{"3.14", "-0", "1e10", "1E-3", ".5", "5.", "inf", "-Inf", "NaN", "0x1p-2", "1e400", "-1e400", "1e-400", "abc", "1.5x", "", "1_000.5", "+2"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.AppendFloat([]byte("x="), 1.25, 'f', 3, 64))
	fmt.Println(string(strconv.AppendFloat(nil, -0.0, 'g', -1, 64)))
}
