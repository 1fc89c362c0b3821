package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minmax(xs []int) (min, max int, err error) {
	if len(xs) == 0 {
		err = errors.New("empty")
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func pair() (int, string) { return 7, "seven" }

func takesPair(n int, s string) string { return fmt.Sprint(n, "=", s) }

func swap3(a, b, c string) (string, string, string) { return c, a, b }

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(divmod(-17, 5))
	q, _ := divmod(100, 7)
	fmt.Println(q)
	fmt.Println(minmax([]int{3, -1, 9, 4}))
	fmt.Println(minmax(nil))
	fmt.Println(takesPair(pair()))
	a, b, c := swap3("x", "y", "z")
	fmt.Println(a, b, c)
	a, b, c = swap3(a, b, c)
	fmt.Println(a, b, c)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9
	fmt.Println(i, arr)
	m := map[string]int{}
	var label string
	m["a"], label = pair()
	fmt.Println(m, label)
}
