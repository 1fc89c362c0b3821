package main

import (
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
	}{
		{"ff", 16}, {"FF", 16}, {"0xff", 16}, {"0xff", 0}, {"0XFF", 0}, {"0b101", 0}, {"0B101", 0},
		{"0o17", 0}, {"0O17", 0}, {"017", 0}, {"017", 10}, {"08", 0}, {"0", 0}, {"-0x10", 0},
		{"+0b11", 0}, {"1_000", 0}, {"1_000", 10}, {"0x_1f", 0}, {"0x1__f", 0}, {"_1", 0}, {"1_", 0},
		{"z", 36}, {"Z", 36}, {"10", 2}, {"2", 2}, {"777", 8}, {"8", 8}, {"", 0}, {"0x", 0}, {"-", 10},
		{"11", 37}, {"11", 1},
	}
	for _, c := range cases {
		v, err := strconv.ParseInt(c.s, c.base, 64)
		fmt.Printf("%-8q base %2d -> %d %v\n", c.s, c.base, v, err)
	}
	for _, s := range []string{"0x10", "0b1", "0o7", "1_0"} {
		u, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(s, u, err)
	}
}
