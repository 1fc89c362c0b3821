package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set map[string]struct{}

func (s Set) Add(items ...string) {
	for _, it := range items {
		s[it] = struct{}{}
	}
}

func (s Set) Has(x string) bool { _, ok := s[x]; return ok }

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func union(a, b Set) Set {
	out := Set{}
	for k := range a {
		out.Add(k)
	}
	for k := range b {
		out.Add(k)
	}
	return out
}

func intersect(a, b Set) Set {
	out := Set{}
	for k := range a {
		if b.Has(k) {
			out.Add(k)
		}
	}
	return out
}

func main() {
	a, b := Set{}, Set{}
	a.Add(strings.Fields("go rust zig c go")...)
	b.Add("c", "java", "go", "kotlin")
	fmt.Println(len(a), a.Sorted(), a.Has("zig"), a.Has("java"))
	fmt.Println(union(a, b).Sorted(), intersect(a, b).Sorted())
	fmt.Println(a)
	letters := map[byte]int{}
	for i := 0; i < 26*3; i++ {
		letters[byte('a'+i*7%26)] += i
	}
	fmt.Println(len(letters), letters['a'], letters['z'])
	fmt.Println(letters)
	bools := map[bool][]int{}
	for i := 0; i < 10; i++ {
		bools[i%3 == 0] = append(bools[i%3 == 0], i)
	}
	fmt.Println(bools)
	fm := map[float64]string{0.1: "a", 2.5: "b", -1: "c"}
	fmt.Println(fm, fm[0.1+0.2-0.2])
}
