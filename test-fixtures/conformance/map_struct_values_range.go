package main

import (
	"fmt"
	"sort"
)

type Player struct {
	Name  string
	Score int
	Items []string
}

func main() {
	players := map[string]Player{
		"a": {"Ann", 10, nil},
		"b": {"Bob", 20, []string{"sword"}},
		"c": {"Cy", 5, nil},
	}
	for k, p := range players {
		p.Score += 100
		if p.Items != nil {
			p.Items[0] = "broken " + p.Items[0]
		}
		_ = k
	}
	keys := make([]string, 0, len(players))
	for k := range players {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s %+v\n", k, players[k])
	}
	for _, k := range keys {
		p := players[k]
		p.Score *= 2
		players[k] = p
	}
	fmt.Println(players)
	ptrs := map[string]*Player{}
	for _, k := range keys {
		p := players[k]
		ptrs[k] = &p
	}
	ptrs["a"].Score = -1
	fmt.Println(players["a"].Score, ptrs["a"].Score)
	byScore := make([]Player, 0)
	for _, p := range players {
		byScore = append(byScore, p)
	}
	sort.Slice(byScore, func(i, j int) bool { return byScore[i].Score > byScore[j].Score })
	for i, p := range byScore {
		fmt.Println(i+1, p.Name, p.Score)
	}
	counts := map[string][2]int{}
	for i, w := range []string{"x", "y", "x", "x", "y", "z"} {
		c := counts[w]
		c[0]++
		c[1] += i
		counts[w] = c
	}
	fmt.Println(counts)
}
