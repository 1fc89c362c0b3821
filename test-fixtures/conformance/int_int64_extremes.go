package main

import (
	"fmt"
	"math"
)

func main() {
	var max int64 = math.MaxInt64
	var min int64 = math.MinInt64
	fmt.Println(max, min)
	fmt.Println(max+1, min-1, max*2, min*2, max*max, min*min)
	fmt.Println(-min, min/-1, min%-1)
	fmt.Println(max/3, max%3, min/3, min%3, min/7, min%7)
	var big int64 = 9007199254740993
	fmt.Println(big, big+1, big-1, big*3)
	fmt.Println(big/2, big%2, big>>1, big<<10)
	x := int64(1)
	for i := 0; i < 70; i++ {
		if i%8 == 0 || i > 60 {
			fmt.Println(i, x)
		}
		x *= 2
	}
	fmt.Printf("%x %X %o %b\n", max, min, max, min)
	fmt.Printf("%d %v %+d\n", min, max, max)
	var i int = math.MaxInt
	fmt.Println(i, i+1, math.MinInt)
	fmt.Println(int64(float64(1<<53)+1), int64(-9223372036854775807)-1)
	a, b := int64(1234567890123), int64(9876543210)
	fmt.Println(a*b, a*b/b, (a*b)%1000000007)
}
