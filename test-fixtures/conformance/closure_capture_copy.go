package main

import "fmt"

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		i := i
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var byParam []func() string
	for _, s := range []string{"a", "b", "c"} {
		byParam = append(byParam, func(v string) func() string {
			return func() string { return v + v }
		}(s))
	}
	for _, f := range byParam {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	shared := 0
	var incs []func()
	for k := 0; k < 3; k++ {
		step := k + 1
		incs = append(incs, func() { shared += step })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(shared)
	x := 10
	get := func() int { return x }
	x = 20
	fmt.Println(get())
	arr := [3]int{1, 2, 3}
	show := func() [3]int { return arr }
	arr[0] = 9
	fmt.Println(show())
	s := []int{1}
	addTo := func(v int) { s = append(s, v) }
	addTo(2)
	addTo(3)
	fmt.Println(s)
}
