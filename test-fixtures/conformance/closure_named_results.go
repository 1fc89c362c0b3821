package main

import (
	"errors"
	"fmt"
)

func process(items []int) (count int, err error) {
	fail := func(msg string) {
		err = errors.New(msg)
	}
	for _, it := range items {
		if it < 0 {
			fail(fmt.Sprintf("negative item %d", it))
			return
		}
		count++
	}
	return
}

func counterWithCleanup() (log []string) {
	add := func(s string) { log = append(log, s) }
	defer add("deferred")
	add("start")
	for i := 0; i < 3; i++ {
		defer add(fmt.Sprint("loop ", i))
	}
	add("end")
	return
}

func accumulate() (total int) {
	adders := []func(int){
		func(n int) { total += n },
		func(n int) { total *= n },
	}
	for i, f := range adders {
		f(i + 3)
	}
	return total + 1
}

func main() {
	fmt.Println(process([]int{1, 2, 3}))
	fmt.Println(process([]int{1, -2, 3}))
	fmt.Println(counterWithCleanup())
	fmt.Println(accumulate())
}
