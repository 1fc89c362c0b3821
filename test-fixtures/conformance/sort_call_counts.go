package main

import (
	"fmt"
	"sort"
)

type counted struct {
	data        []int
	less, swaps int
}

func (c *counted) Len() int { return len(c.data) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.data[i] < c.data[j]
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.data[i], c.data[j] = c.data[j], c.data[i]
}

func input(n int, kind string) []int {
	out := make([]int, n)
	var s uint32 = 12345
	for i := range out {
		switch kind {
		case "random":
			s = s*1103515245 + 12345
			out[i] = int(s>>16) % 1000
		case "sorted":
			out[i] = i
		case "reversed":
			out[i] = n - i
		case "few":
			out[i] = (i * 7) % 3
		}
	}
	return out
}

func main() {
	for _, kind := range []string{"random", "sorted", "reversed", "few"} {
		for _, n := range []int{5, 12, 13, 50, 200} {
			a := &counted{data: input(n, kind)}
			sort.Sort(a)
			b := &counted{data: input(n, kind)}
			sort.Stable(b)
			fmt.Printf("%-8s %3d sort less=%d swaps=%d stable less=%d swaps=%d %v\n", kind, n, a.less, a.swaps, b.less, b.swaps, sort.IsSorted(a) && sort.IsSorted(b))
		}
	}
}
