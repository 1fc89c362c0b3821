package main

import "fmt"

func main() {
	for _, v := range []int{0, 7, -7, 12345, -12345} {
		fmt.Printf("[%.0d] [%.3d] [%8.3d] [%-8.3d] [%08.3d] [%+.3d] [%.3x] [%#.3x] [%.6o] [%.8b]\n", v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%.0d] [%5.0d] [%-5.0d|] [%+.0d]\n", 0, 0, 0, 0)
	fmt.Printf("[%.20d]\n", int64(-9223372036854775808))
	fmt.Printf("[%30.25d]\n", uint64(18446744073709551615))
	fmt.Printf("[%.3c] [%.3U] [%.3q]\n", 'a', 'b', 'c')
	fmt.Printf("[%.2d] [%.2x]\n", []int{1, 100}, []int{1, 4096})
	fmt.Printf("[%50d]\n", 1)
	fmt.Printf("[%-50x]\n", 255)
	fmt.Printf("[%.60f]\n", 0.1)
	fmt.Printf("[%.40e]\n", 1.0/7)
	fmt.Printf("[%.30g]\n", 2.0/3)
	fmt.Printf("[%70.50f]\n", 1e-30)
}
