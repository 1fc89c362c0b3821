package main

import "fmt"

func main() {
	ints := []int{0, 1, -1, 42, -42}
	for _, v := range ints {
		fmt.Printf("[%+d] [% d] [%05d] [%+05d] [% 05d] [%-5d] [%-+5d] [%- 5d]\n", v, v, v, v, v, v, v, v)
	}
	floats := []float64{0, 1.5, -1.5, 123.456}
	for _, v := range floats {
		fmt.Printf("[%+.1f] [% .1f] [%08.2f] [%+08.2f] [% 08.2f] [%-8.2f|] [%+e] [% g]\n", v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%+s] [% s] [%05s] [%-05s]\n", "ab", "ab", "ab", "ab")
	fmt.Printf("[%+q] [% q] [%05q]\n", "é", "é", "é")
	fmt.Printf("[%+v] [% v] [%05v]\n", 7, 7, 7)
	fmt.Printf("[%+x] [% x] [%05x] [%+#x] [% #x]\n", -255, -255, -255, -255, 255)
	fmt.Printf("[%+t] [%05t] [%-6t]\n", true, false, true)
	fmt.Printf("[%0-5d] [%-05d] [%00d]\n", 3, 3, 3)
	fmt.Printf("[%+0 8.3f] [% +8.3f]\n", 3.14159, 3.14159)
	fmt.Printf("[%05c] [%-4c] [%+c]\n", 'x', 'y', 'z')
	fmt.Printf("[%5.1v] [%-8.3v] [%08.3v]\n", 3.14159, 2.71828, -1.41421)
	fmt.Printf("[%010v] [%-10v] [%+10v]\n", "str", "str", "str")
}
