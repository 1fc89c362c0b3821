package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	nums := []int64{0, 1, -1, 35, 36, -36, 255, 1 << 32, math.MaxInt64, math.MinInt64}
	for base := 2; base <= 36; base += 3 {
		fmt.Printf("base %2d:", base)
		for _, n := range nums {
			fmt.Print(" ", strconv.FormatInt(n, base))
		}
		fmt.Println()
	}
	us := []uint64{0, 9, 10, 35, math.MaxUint32, math.MaxUint64}
	for _, base := range []int{2, 7, 16, 36} {
		for _, u := range us {
			fmt.Print(strconv.FormatUint(u, base), " ")
		}
		fmt.Println()
	}
	for _, n := range []int{0, 7, -7, 1000000} {
		fmt.Println(strconv.Itoa(n), strconv.FormatInt(int64(n), 10) == strconv.Itoa(n))
	}
	b := []byte("v=")
	b = strconv.AppendInt(b, -42, 16)
	b = append(b, ',')
	b = strconv.AppendUint(b, 42, 2)
	fmt.Println(string(b))
	for _, s := range []string{strconv.FormatInt(-255, 16), strconv.FormatInt(255, 36)} {
		back, err := strconv.ParseInt(s, 16, 64)
		fmt.Println(s, back, err)
	}
}
