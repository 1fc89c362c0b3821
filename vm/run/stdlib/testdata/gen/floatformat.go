// Prints the float-formatting golden (../floatformat.txt): for each value, bit size, format and
// precision, the text strconv.FormatFloat returns. Run: go run floatformat.go > ../floatformat.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	values := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 2.5, 0.25, 0.125, 0.375,
		1e6, 123456, 1234567, 1e20, 1e21, 1e22, 1e-4, 1e-5, 1e-7, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, math.E, 100, 1e23, 9007199254740993, 123.456, 0.000123456,
		-3.75, 99.995, 1.005, 0.045, 2.675, 1e15, 1e16, 1e17, 123456789012345678, 3.4028234663852886e+38,
		1.401298464324817e-45, 1.1754943508222875e-38, 16777216, 16777217, 0.1 + 0.2, 1e-10, 4.35, 8.41,
		math.Inf(1), math.Inf(-1), math.NaN()}
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 40; i++ {
		values = append(values, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 40; i++ {
		values = append(values, float64(math.Float32frombits(r.Uint32())))
	}
	for i := 0; i < 30; i++ {
		values = append(values, float64(r.Intn(2000000)-1000000)/float64(int(1)<<uint(r.Intn(20))))
	}
	formats := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 6, 10, 17}
	for _, v := range values {
		for _, size := range []int{64, 32} {
			x := v
			if size == 32 {
				x = float64(float32(v))
			}
			for _, f := range formats {
				for _, p := range precs {
					if f == 'f' && p > 0 && (math.Abs(x) > 1e25 || (p > 6 && math.Abs(x) < 1e-25)) {
						continue
					}
					fmt.Printf("%016x\t%d\t%c\t%d\t%s\n", math.Float64bits(x), size, f, p, strconv.FormatFloat(x, f, p, size))
				}
			}
		}
	}
}
