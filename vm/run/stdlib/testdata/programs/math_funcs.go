package main

import (
	"fmt"
	"math"
)

func main() {
	xs := []float64{0, 0.5, 1, 2, 3.7, 10, 100, -2.5, 1e-8, 12345.678}
	for _, x := range xs {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Sqrt(math.Abs(x)), math.Cbrt(x))
		fmt.Println(math.Log(math.Abs(x)+1), math.Log2(x+3), math.Log10(x+3), math.Log1p(x), math.Exp(x/10), math.Expm1(x/100))
		fmt.Println(math.Sinh(x/10), math.Cosh(x/10), math.Tanh(x), math.Asinh(x), math.Floor(x), math.Ceil(x), math.Round(x), math.Trunc(x))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(10, -3), math.Pow(1.0001, 10000), math.Pow(0, -1))
	fmt.Println(math.Atan2(1, -1), math.Atan2(-0.0, -1), math.Hypot(3, 4), math.Mod(7.5, 2), math.Mod(-7.5, 2), math.Remainder(7.5, 2))
	fmt.Println(math.Asin(0.5), math.Acos(0.5), math.Asin(2), math.Acosh(2), math.Atanh(0.5))
	fmt.Println(math.Max(1, math.NaN()), math.Min(-0.0, 0), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 1), math.Signbit(-0.0))
	fmt.Println(math.MaxInt32, math.MinInt16, math.MaxUint16, math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, math.E)
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
	frac, exp := math.Frexp(12)
	fmt.Println(frac, exp, math.Ldexp(0.75, 4), math.Nextafter(1, 2), math.RoundToEven(2.5), math.Round(-2.5))
	ip, fp := math.Modf(-3.75)
	fmt.Println(ip, fp, math.Dim(5, 3), math.Dim(3, 5), math.Copysign(3, -1), math.Exp2(10), math.Pow10(3))
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += math.Sin(float64(i)) * math.Exp(-float64(i)/500)
	}
	fmt.Println(sum, math.Sin(1e10), math.Cos(1e22))
}
