package main

import "fmt"

func main() {
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		fmt.Print(i, " ")
		if i%3 == 0 {
			skip()
		}
	}
	fmt.Println()
	n := 0
	for i := 0; i < 5; i++ {
		inc := func() int {
			n += i
			return n
		}
		fmt.Print(inc(), " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		swap := func() { i, j = j-1, i+1 }
		if i == 2 {
			swap()
		}
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	total := 0
	for _, v := range []int{1, 2, 3} {
		double := func() { v *= 2 }
		double()
		total += v
	}
	fmt.Println(total)
	ptrs := 0
	for i := 0; i < 3; i++ {
		p := &i
		*p += 1
		ptrs += *p
	}
	fmt.Println(ptrs)
}
