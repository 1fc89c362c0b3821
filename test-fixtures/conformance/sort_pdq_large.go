package main

import (
	"fmt"
	"sort"
)

type rec struct {
	key, id int
}

func gen(n, mod int, seed uint64) []rec {
	out := make([]rec, n)
	for i := range out {
		seed = seed*6364136223846793005 + 1442695040888963407
		out[i] = rec{int(seed>>33) % mod, i}
	}
	return out
}

func ids(rs []rec, from, to int) []int {
	var out []int
	for _, r := range rs[from:to] {
		out = append(out, r.id)
	}
	return out
}

func main() {
	for _, c := range []struct{ n, mod int }{{13, 3}, {50, 4}, {300, 7}, {1000, 10}, {2000, 1000}} {
		rs := gen(c.n, c.mod, uint64(c.n))
		sort.Slice(rs, func(i, j int) bool { return rs[i].key < rs[j].key })
		fmt.Println(c.n, c.mod, sort.SliceIsSorted(rs, func(i, j int) bool { return rs[i].key < rs[j].key }))
		fmt.Println(" first", ids(rs, 0, 12))
		fmt.Println(" last ", ids(rs, len(rs)-12, len(rs)))
	}
	desc := make([]int, 500)
	for i := range desc {
		desc[i] = 500 - i
	}
	idx := make([]int, len(desc))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return desc[idx[a]]/50 < desc[idx[b]]/50 })
	fmt.Println(idx[:20])
	fmt.Println(idx[480:])
	same := gen(100, 1, 5)
	sort.Slice(same, func(i, j int) bool { return same[i].key < same[j].key })
	fmt.Println(ids(same, 0, 20))
}
