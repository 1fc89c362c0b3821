package main

import "fmt"

type Resource struct{ name string }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func useAll(names []string) (n int) {
	for _, name := range names {
		r := open(name)
		defer r.Close()
		n++
	}
	fmt.Println("used", n)
	return n * 10
}

func evalOrder() {
	x := 1
	show := func(label string, v int) int {
		fmt.Println("evaluated", label, v)
		return v
	}
	defer fmt.Println("defer printed", show("arg", x))
	x = 2
	fmt.Println("body x", x)
}

func deferInClosureLoop() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("inner defer", i)
			fmt.Println("inner body", i)
		}()
	}
}

func main() {
	fmt.Println(useAll([]string{"a", "b", "c"}))
	evalOrder()
	deferInClosureLoop()
	var fs []func()
	defer func() {
		for _, f := range fs {
			f()
		}
	}()
	fs = append(fs, func() { fmt.Println("registered late") })
}
