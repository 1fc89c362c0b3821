package main

import (
	"fmt"
	"math"
)

func main() {
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1.0, math.Abs(sum-1) < 1e-9)
	var f32sum float32
	for i := 0; i < 10; i++ {
		f32sum += 0.1
	}
	fmt.Println(f32sum, f32sum == 1.0)
	a, b := 1e16, 1.0
	fmt.Println(a+b-a, a-a+b)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1, nan != nan, math.IsNaN(nan))
	fmt.Println(math.Inf(1)-math.Inf(1), math.Inf(1)*0, math.Inf(1) > math.MaxFloat64)
	x := 7.5
	fmt.Println(math.Mod(x, 2), math.Mod(-x, 2), math.Floor(-x), math.Ceil(-x), math.Trunc(-x), math.Round(-x), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -3))
	var f float32 = 16777216
	fmt.Println(f+1, f+2, float64(f)+1)
	fmt.Println(float32(1)/float32(3)*3, float64(float32(0.1)))
	fmt.Println(int64(1e18)+1, float64(int64(1e18)+1))
	c := 3.0
	c /= 2
	c *= c
	fmt.Println(c, -c, +c)
	fmt.Println(math.MaxFloat32, math.MaxFloat64)
}
