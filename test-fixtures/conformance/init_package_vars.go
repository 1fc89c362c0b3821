package main

import (
	"fmt"
	"strings"
)

type Registry map[string]func(int) int

var registry = Registry{
	"double": func(x int) int { return x * 2 },
	"square": func(x int) int { return x * x },
}

var table = buildTable(5)

var (
	greeting = strings.ToUpper(prefix) + "!"
	prefix   = "hi " + name
	name     = "go"
)

var x, y = swap(1, 2)

var primes = func() []int {
	var out []int
	for n := 2; len(out) < 10; n++ {
		isPrime := true
		for _, p := range out {
			if n%p == 0 {
				isPrime = false
				break
			}
		}
		if isPrime {
			out = append(out, n)
		}
	}
	return out
}()

var counter int

func buildTable(n int) [][]int {
	t := make([][]int, n)
	for i := range t {
		t[i] = make([]int, n)
		for j := range t[i] {
			t[i][j] = (i + 1) * (j + 1)
		}
	}
	return t
}

func swap(a, b int) (int, int) { return b, a }

func init() {
	registry["neg"] = func(x int) int { return -x }
	counter = len(registry)
}

func main() {
	fmt.Println(greeting, prefix, name)
	fmt.Println(x, y, counter)
	fmt.Println(primes)
	for _, row := range table {
		fmt.Println(row)
	}
	for _, k := range []string{"double", "neg", "square"} {
		fmt.Println(k, registry[k](7))
	}
}
