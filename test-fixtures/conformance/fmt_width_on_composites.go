package main

import "fmt"

type P struct {
	X, Y int
	N    string
}

func main() {
	fmt.Printf("[%6v]\n", []int{1, 22, 333})
	fmt.Printf("[%-6v]\n", []string{"a", "bb"})
	fmt.Printf("[%06v]\n", []int{-1, 2})
	fmt.Printf("[%6v]\n", P{1, 2, "n"})
	fmt.Printf("[%-6v]\n", map[string]int{"k": 1})
	fmt.Printf("[%6.2f]\n", []float64{1, 2.345})
	fmt.Printf("[%5q]\n", []string{"a", "b"})
	fmt.Printf("[%4d]\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("[%x]\n", P{255, 16, "hi"})
	fmt.Printf("[%+6v]\n", P{1, 2, "n"})
	fmt.Printf("[%6v]\n", struct{ A []int }{[]int{7}})
	fmt.Printf("[%3v]\n", []interface{}{1, "s", nil, true})
	fmt.Printf("[%8v]\n", [][]string{{"x"}, {}})
	fmt.Printf("[%-4v|%4v]\n", true, false)
	fmt.Printf("[%5v]\n", []byte("ab"))
	fmt.Printf("[%5s]\n", []byte("ab"))
	fmt.Printf("[%05d]\n", []int8{-1, 1})
	fmt.Printf("[%.1v]\n", []float64{3.14159, 2.71828})
	fmt.Printf("[%5.1v]\n", []string{"abc", "de"})
}
