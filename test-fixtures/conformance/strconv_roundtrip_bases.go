package main

import (
	"fmt"
	"strconv"
)

func main() {
	var x uint64 = 1
	failures := 0
	for i := 0; i < 64; i++ {
		for base := 2; base <= 36; base++ {
			s := strconv.FormatUint(x, base)
			back, err := strconv.ParseUint(s, base, 64)
			if err != nil || back != x {
				failures++
			}
			n := -int64(x >> 1)
			ss := strconv.FormatInt(n, base)
			nb, err := strconv.ParseInt(ss, base, 64)
			if err != nil || nb != n {
				failures++
			}
		}
		if i%9 == 0 {
			fmt.Println(i, x, strconv.FormatUint(x, 7), strconv.FormatUint(x, 36), strconv.FormatInt(-int64(x>>1), 3))
		}
		x = x*3 + uint64(i)
	}
	fmt.Println("failures", failures)
	for _, s := range []string{"ZZZZZZZZZZZZZ", "zzzzzzzzzzzzz", "3w5e11264sgsf", "3w5e11264sgsg", "1y2p0ij32e8e7", "1y2p0ij32e8e8"} {
		u, err := strconv.ParseUint(s, 36, 64)
		i, err2 := strconv.ParseInt(s, 36, 64)
		fmt.Println(s, u, err, i, err2)
	}
}
