package main

import "fmt"

func main() {
	for w := 0; w < 8; w += 2 {
		fmt.Printf("[%*d] [%-*d] [%*s]\n", w, 42, w, 42, w, "ab")
	}
	for p := 0; p < 5; p++ {
		fmt.Printf("[%.*f] [%.*s] [%8.*e]\n", p, 3.14159265, p, "abcdef", p, 12345.678)
	}
	fmt.Printf("[%*d]\n", -6, 7)
	fmt.Printf("[%[2]d %[1]d %d]\n", 10, 20)
	fmt.Printf("[%[1]d %[1]x %[1]o %[1]b %[1]q]\n", 65)
	fmt.Printf("[%[3]*.[2]*[1]f]\n", 12.0, 2, 6)
	fmt.Printf("[%[2]s %s %[1]s %s]\n", "a", "b")
	fmt.Printf("[%-+6d] [%+-6d] [% 06d] [%+06d]\n", 3, 3, 3, -3)
	fmt.Printf("[%#8x] [%-#8x] [%#08x]\n", 255, 255, 255)
	fmt.Printf("[%10.3f] [%-10.3f] [%+10.3f] [%010.3f]\n", -1.5, -1.5, 1.5, -1.5)
	fmt.Printf("[%8q] [%-8q] [%08q]\n", "a", "b", 'c')
	fmt.Printf("[%*s]\n", "x", "y")
	fmt.Printf("[%.*d]\n", "p", 5)
	fmt.Printf("[%[5]d]\n", 1, 2)
	fmt.Printf("[%[0]d]\n", 1)
	fmt.Printf("[%[1]d %[1]d %[1]d]\n", 9)
}
