package main

import (
	"fmt"
	"sort"
)

func keys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 7}
	m["date"] = 4
	m["apple"] += 10
	delete(m, "banana")
	delete(m, "missing")
	for _, k := range keys(m) {
		fmt.Println(k, m[k])
	}
	v, ok := m["banana"]
	fmt.Println(v, ok, len(m))
	v, ok = m["cherry"]
	fmt.Println(v, ok)
	fmt.Println(m)
	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		inner, ok := nested[pair[0]]
		if !ok {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	fmt.Println(nested, len(nested["a"]))
	sum := 0
	for k, v := range map[int]int{1: 10, 2: 20, 3: 30} {
		sum += k * v
	}
	fmt.Println(sum)
}
