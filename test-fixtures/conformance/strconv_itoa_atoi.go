package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"0", "42", "-42", "+7", "007", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "", "abc", "12a", " 1", "1_000", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, n := range []int{0, -1, 123456789, -9223372036854775808} {
		fmt.Println(strconv.Itoa(n), len(strconv.Itoa(n)))
	}
	for _, base := range []int{2, 8, 10, 16, 36} {
		fmt.Println(strconv.FormatInt(-255, base), strconv.FormatUint(18446744073709551615, base), strconv.FormatInt(1e15, base))
	}
	i, err := strconv.ParseInt("-80", 16, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("-81", 16, 8)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0b1011", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("017", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("1_000_000", 0, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("zz", 36, 64)
	fmt.Println(i, err)
	u, err := strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err)
}
