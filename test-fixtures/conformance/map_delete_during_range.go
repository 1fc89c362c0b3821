package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]int{}
	for i := 0; i < 50; i++ {
		m[i] = i * i
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	keys := []int{}
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Ints(keys)
	fmt.Println(keys, total)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m)
	words := []string{"go", "is", "fun", "go", "go", "is"}
	freq := make(map[string]int, 10)
	for _, w := range words {
		freq[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].c > list[j].c || (list[i].c == list[j].c && list[i].w < list[j].w) })
	fmt.Println(list)
	fmt.Printf("%v %+v\n", freq, list[0])
}
