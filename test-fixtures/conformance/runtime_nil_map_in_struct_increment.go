package main

import "fmt"

type Stats struct {
	counts map[string]int
}

func NewStats() *Stats { return &Stats{counts: map[string]int{}} }

func (s *Stats) Hit(k string) { s.counts[k]++ }

func main() {
	ok := NewStats()
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		ok.Hit(w)
	}
	fmt.Println(ok.counts, len(ok.counts))
	var bad Stats
	fmt.Println(bad.counts["a"], len(bad.counts))
	bad.Hit("b")
	fmt.Println("unreachable")
}
