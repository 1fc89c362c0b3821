package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"0", "-0", "+0", "00", "-00012", "+12", "++1", "--1", "+-1", " 1", "1 ", "1\n", "\t1", "1.0", "1e3", "１", "٣", "0x1", "1,000", "-", "+", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809", "99999999999999999999999"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			ne := err.(*strconv.NumError)
			fmt.Printf("%q -> %d %s %q %v\n", in, n, ne.Func, ne.Num, ne.Err)
			continue
		}
		fmt.Printf("%q -> %d\n", in, n)
	}
}
