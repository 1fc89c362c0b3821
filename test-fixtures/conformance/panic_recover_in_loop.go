package main

import (
	"fmt"
	"strconv"
)

func parseAll(inputs []string) (results []int, errs []string) {
	for _, in := range inputs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					errs = append(errs, fmt.Sprintf("%s: %v", in, r))
				}
			}()
			n, err := strconv.Atoi(in)
			if err != nil {
				panic(err)
			}
			if n == 0 {
				panic("zero not allowed")
			}
			results = append(results, 100/n)
		}()
	}
	return
}

func mustPositive(n int) int {
	if n <= 0 {
		panic(fmt.Sprintf("mustPositive(%d)", n))
	}
	return n
}

func safeSum(ns ...int) (sum int, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	for _, n := range ns {
		sum += mustPositive(n)
	}
	return sum, true
}

func main() {
	res, errs := parseAll([]string{"4", "x", "0", "-5", "99999999999999999999", "25"})
	fmt.Println(res)
	for _, e := range errs {
		fmt.Println(e)
	}
	fmt.Println(safeSum(1, 2, 3))
	fmt.Println(safeSum(1, -2, 3))
}
