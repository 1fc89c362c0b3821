package main

import "fmt"

func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += fmt.Sprint(i % 10)
	}
	return s
}

func main() {
	a := "hello"
	b := a
	a += " world"
	fmt.Println(a, "|", b)
	s := build(25)
	fmt.Println(s, len(s))
	parts := []string{}
	for i := 3; i > 0; i-- {
		parts = append(parts, s[i:i*5])
	}
	fmt.Println(parts)
	x := "abc"
	y := x[1:]
	fmt.Println(y, len(y), y[0])
	m := map[string]int{}
	key := "k"
	m[key+"1"] = 1
	key = "z"
	m["k"+"1"]++
	fmt.Println(m["k1"], len(m))
	cmp := []string{"apple", "Apple", "apple pie", "app", "", "b"}
	for _, p := range cmp {
		for _, q := range cmp {
			if p < q {
				fmt.Printf("%q<%q ", p, q)
			}
		}
		fmt.Println()
	}
}
