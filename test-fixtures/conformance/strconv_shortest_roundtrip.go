package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var seeds []float64
	x := 1.0
	for i := 0; i < 20; i++ {
		x = x*1.7 + 0.1
		seeds = append(seeds, x, 1/x, -x*1e-9)
	}
	seeds = append(seeds, math.Nextafter(1, 2), math.Nextafter(1, 0), 5e-324, math.MaxFloat64, 0.3, 1e15+0.3, 1e16+1, 5.0e-7, 9.5367431640625e-7)
	ok := 0
	for _, f := range seeds {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		if err == nil && back == f {
			ok++
		}
		fmt.Println(s, strconv.FormatFloat(f, 'e', -1, 64), fmt.Sprint(f))
	}
	fmt.Println("roundtrips", ok, "of", len(seeds))
	var f32s []float32
	y := float32(1)
	for i := 0; i < 10; i++ {
		y = y*1.3 + 0.01
		f32s = append(f32s, y, 1/y)
	}
	for _, f := range f32s {
		fmt.Println(strconv.FormatFloat(float64(f), 'g', -1, 32), f, float64(f))
	}
}
