package main

import "fmt"

var trace []string

func record(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

var (
	a = record("a", b+c)
	b = record("b", f())
	c = record("c", 2)
	d = record("d", 4)
)

var total = sum(a, b, c, d)

func f() int { return d + 1 }

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	trace = append(trace, fmt.Sprint("sum=", s))
	return s
}

func init() {
	trace = append(trace, "init1")
	c *= 10
}

func init() {
	trace = append(trace, fmt.Sprint("init2 c=", c))
}

func main() {
	trace = append(trace, "main")
	for i, t := range trace {
		fmt.Println(i, t)
	}
	fmt.Println(a, b, c, d, total)
}
