package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int64
	History []int64
}

func main() {
	byValue := map[string]Account{}
	byValue["alice"] = Account{Owner: "alice", Balance: 10}
	acc := byValue["alice"]
	acc.Balance += 5
	fmt.Println(byValue["alice"].Balance, acc.Balance)
	byValue["alice"] = acc
	fmt.Println(byValue["alice"].Balance)
	byPtr := map[string]*Account{}
	byPtr["bob"] = &Account{Owner: "bob"}
	byPtr["bob"].Balance += 7
	byPtr["bob"].History = append(byPtr["bob"].History, 7)
	fmt.Println(*byPtr["bob"])
	missing := byValue["nobody"]
	fmt.Printf("%+v\n", missing)
	fmt.Println(byPtr["nobody"] == nil)
	slices := map[string][]int{}
	slices["a"] = append(slices["a"], 1)
	slices["a"] = append(slices["a"], 2)
	slices["b"] = append(slices["b"], 3)
	fmt.Println(slices)
	type key struct {
		x, y int
	}
	grid := map[key]bool{}
	for i := 0; i < 4; i++ {
		grid[key{i, i * i % 3}] = true
	}
	list := []key{}
	for k := range grid {
		list = append(list, k)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].x != list[j].x {
			return list[i].x < list[j].x
		}
		return list[i].y < list[j].y
	})
	fmt.Println(list, grid[key{1, 1}], grid[key{1, 2}])
	ifaceKeys := map[interface{}]string{1: "int", "1": "string", 1.0: "float", int8(1): "int8"}
	fmt.Println(ifaceKeys[1], ifaceKeys["1"], ifaceKeys[1.0], ifaceKeys[int8(1)], len(ifaceKeys))
	m := map[string]int{"x": 1}
	m2 := m
	m2["y"] = 2
	fmt.Println(len(m), m)
}
