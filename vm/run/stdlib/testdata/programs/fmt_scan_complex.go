// fmt.Sscan and Sscanf into complex64 and complex128: parenthesized or bare, hex and underscored
// parts, infinities and NaN, and the syntax errors of incomplete operands.
package main

import "fmt"

func main() {
	var c complex128
	var d complex64
	var s string
	for _, in := range []string{"abc", "(1+2i)", "1.5-0.25i rest", "(1e3+2e-1i) x", "(1+2i", "3+Infi", "-2-NaNi", "(0x1p-2+1_0i)", "1+2", "1+2ix"} {
		c, s = 0, ""
		n, err := fmt.Sscan(in, &c, &s)
		fmt.Println(n, err, c, s)
	}
	n, err := fmt.Sscan("(0.1+0.2i)", &d)
	fmt.Println(n, err, d)
	n, err = fmt.Sscanf("z=(1-3i);", "z=%v;", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscanf("4.5+1i 7", "%g %d", &c, new(int))
	fmt.Println(n, err, c)
}
