package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%#x\n", math.Float64bits(math.NaN()))
	fmt.Printf("%#x %#x\n", math.Float64bits(math.Inf(1)), math.Float64bits(math.Inf(-1)))
	fmt.Printf("%#x %#x\n", math.Float64bits(0), math.Float64bits(math.Copysign(0, -1)))
	fmt.Printf("%#x %#x %#x\n", math.Float64bits(1), math.Float64bits(-2.5), math.Float64bits(0.1))
	fmt.Printf("%#x %#x\n", math.Float32bits(float32(0.1)), math.Float32bits(float32(math.Inf(-1))))
	fmt.Println(math.Float64frombits(0x3ff0000000000001), math.Float64frombits(0x0000000000000001), math.Float64frombits(0x7fefffffffffffff))
	fmt.Println(math.Float32frombits(0x00000001), math.Float32frombits(0x7f7fffff))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxUint8, math.MaxUint16)
	fmt.Println(math.MaxInt32, math.MinInt32, uint32(math.MaxUint32), int64(math.MaxInt64), int64(math.MinInt64))
	fmt.Println(uint64(math.MaxUint64), math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Phi)
	fmt.Println(math.Nextafter(0, 1), math.Nextafter(1, 2)-1, math.Nextafter32(1, 2)-1)
	fmt.Println(math.IsNaN(math.Float64frombits(0x7ff8000000000000)), math.IsInf(math.Float64frombits(0x7ff0000000000000), 1))
	x := math.Float64frombits(math.Float64bits(1.5) + 1)
	fmt.Println(x, x > 1.5, x-1.5)
	fmt.Println(math.Signbit(math.Float64frombits(1<<63)), math.Abs(math.Float64frombits(1<<63)))
	fmt.Println(math.Ilogb(1024), math.Logb(0.125), math.Ilogb(3))
	fmt.Println(math.FMA(2, 3, 4), math.FMA(0.1, 10, -1))
}
