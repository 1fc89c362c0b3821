package main

import (
	"fmt"
	"sort"
)

type item struct {
	key int
	tag string
}

func main() {
	var items []item
	for i := 0; i < 40; i++ {
		items = append(items, item{key: (i * 7) % 5, tag: fmt.Sprintf("t%02d", i)})
	}
	a := append([]item(nil), items...)
	sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
	fmt.Println(a)
	b := append([]item(nil), items...)
	sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
	fmt.Println(b)
	small := []item{{2, "a"}, {1, "b"}, {2, "c"}, {1, "d"}, {2, "e"}, {0, "f"}}
	sort.Slice(small, func(i, j int) bool { return small[i].key < small[j].key })
	fmt.Println(small)
	big := make([]int, 0, 100)
	for i := 0; i < 100; i++ {
		big = append(big, (i*37+11)%100)
	}
	order := make([]int, len(big))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool { return big[order[i]]/10 < big[order[j]]/10 })
	fmt.Println(order)
}
