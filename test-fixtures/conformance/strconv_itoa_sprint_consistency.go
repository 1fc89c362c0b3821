package main

import (
	"fmt"
	"strconv"
)

func main() {
	mismatches := 0
	checked := 0
	var v int64 = 1
	for i := 0; i < 200; i++ {
		for _, n := range []int64{v, -v, v - 1, -v + 1} {
			a := strconv.FormatInt(n, 10)
			b := fmt.Sprint(n)
			c := fmt.Sprintf("%d", n)
			checked++
			if a != b || b != c {
				mismatches++
			}
			back, err := strconv.ParseInt(a, 10, 64)
			if err != nil || back != n {
				mismatches++
			}
		}
		v = v*3 + 1
		if i%20 == 0 {
			fmt.Println(i, v, strconv.FormatInt(v, 36), strconv.FormatInt(v, 2))
		}
	}
	fmt.Println("checked", checked, "mismatches", mismatches)
	for _, f := range []float64{0.1, 1.0 / 3, 1e21, 1e20, 123.456e-10} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64) == fmt.Sprint(f), fmt.Sprint(f), strconv.FormatFloat(f, 'g', -1, 64), fmt.Sprintf("%v", f))
	}
}
