package main

import (
	"fmt"
	"strings"
)

type Transform func(string) string

func chain(ts ...Transform) Transform {
	return func(s string) string {
		for _, t := range ts {
			s = t(s)
		}
		return s
	}
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func filter(xs []int, keep func(int) bool) []int {
	var out []int
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func main() {
	shout := chain(strings.TrimSpace, strings.ToUpper, func(s string) string { return s + "!" })
	fmt.Println(shout("  hello  "))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := mapInts(xs, func(x int) int { return x * x })
	ev := filter(sq, func(x int) bool { return x%2 == 0 })
	fmt.Println(sq, ev, reduce(ev, 0, func(a, b int) int { return a + b }))
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "mul", "sub"} {
		fmt.Println(name, ops[name](7, 3))
	}
	var nilFunc func()
	fmt.Println(nilFunc == nil)
	fs := [3]func() int{}
	for i := range fs {
		n := i * 100
		fs[i] = func() int { return n }
	}
	fmt.Println(fs[0](), fs[1](), fs[2]())
	apply := func(f func(...int) int, args ...int) int { return f(args...) }
	fmt.Println(apply(func(v ...int) int { return len(v) }, 1, 2, 3))
}
