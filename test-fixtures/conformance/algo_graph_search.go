package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) bfs(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		next := append([]string(nil), g[n]...)
		sort.Strings(next)
		for _, m := range next {
			if !visited[m] {
				visited[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func (g Graph) topo() ([]string, bool) {
	indeg := map[string]int{}
	var nodes []string
	for n, outs := range g {
		if _, ok := indeg[n]; !ok {
			indeg[n] = 0
		}
		for _, m := range outs {
			indeg[m]++
		}
	}
	for n := range indeg {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	var ready, order []string
	for _, n := range nodes {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, m := range g[n] {
			indeg[m]--
			if indeg[m] == 0 {
				ready = append(ready, m)
			}
		}
	}
	return order, len(order) == len(nodes)
}

func shortest(grid []string) int {
	type p struct{ r, c int }
	dist := map[p]int{{0, 0}: 0}
	q := []p{{0, 0}}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur.r == len(grid)-1 && cur.c == len(grid[0])-1 {
			return dist[cur]
		}
		for _, d := range []p{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := p{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(grid) || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				q = append(q, n)
			}
		}
	}
	return -1
}

func main() {
	g := Graph{"a": {"c", "b"}, "b": {"d"}, "c": {"d", "e"}, "d": {"f"}, "e": {"f"}, "f": nil}
	fmt.Println(g.bfs("a"))
	fmt.Println(g.topo())
	g["f"] = []string{"a"}
	fmt.Println(g.topo())
	maze := []string{
		"..#.....",
		"..#.##.#",
		"....#...",
		"###.#.#.",
		"....#.#.",
		".##...#.",
	}
	fmt.Println(shortest(maze))
	maze[4] = "....####"
	fmt.Println(shortest(maze))
}
