package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, 2, 10, -3.7, 100.25}
	for _, x := range xs {
		fmt.Println(x, math.Abs(x), math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.Sqrt(math.Abs(x)), math.Cbrt(x))
	}
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Pow(2, 64), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(1.5, 2))
	fmt.Println(math.Hypot(3, 4), math.Mod(10, 3), math.Remainder(10, 3))
	frac, exp := math.Frexp(8)
	fmt.Println(frac, exp, math.Ldexp(0.5, 4))
	ip, fp := math.Modf(-3.25)
	fmt.Println(ip, fp)
	fmt.Println(math.Signbit(-0.0), math.Signbit(0), math.Copysign(3, -1), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.0))
	fmt.Println(math.MaxInt8, math.MinInt16, math.MaxUint16, math.MaxInt32, math.MaxUint32)
	fmt.Println(math.Trunc(1e300), math.Floor(-0.5), math.Ceil(-0.5))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5))
}
