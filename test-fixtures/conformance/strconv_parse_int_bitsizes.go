package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"127", "128", "-128", "-129", "32767", "32768", "-32769", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809"}
	for _, in := range inputs {
		fmt.Print(in, ":")
		for _, bits := range []int{8, 16, 32, 64, 0} {
			v, err := strconv.ParseInt(in, 10, bits)
			if err != nil {
				fmt.Print(" [", v, " ", err.(*strconv.NumError).Err, "]")
			} else {
				fmt.Print(" ", v)
			}
		}
		fmt.Println()
	}
	uinputs := []string{"255", "256", "65535", "65536", "4294967295", "4294967296", "18446744073709551615", "18446744073709551616", "-0", "+5"}
	for _, in := range uinputs {
		fmt.Print(in, ":")
		for _, bits := range []int{8, 16, 32, 64} {
			v, err := strconv.ParseUint(in, 10, bits)
			if err != nil {
				fmt.Print(" [", v, " ", err.(*strconv.NumError).Err, "]")
			} else {
				fmt.Print(" ", v)
			}
		}
		fmt.Println()
	}
}
