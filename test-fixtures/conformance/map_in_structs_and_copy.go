package main

import (
	"fmt"
	"sort"
)

type Inventory struct {
	Items map[string]int
	Owner string
}

func (inv Inventory) Add(name string, n int) { inv.Items[name] += n }
func (inv Inventory) Rename(o string)        { inv.Owner = o }

func clone(m map[string]int) map[string]int {
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func total(m map[string]int) (sum int) {
	keys := make([]string, 0)
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		sum = sum*3 + m[k]
	}
	return
}

func main() {
	inv := Inventory{Items: map[string]int{}, Owner: "ann"}
	inv.Add("apple", 3)
	inv.Add("pear", 2)
	inv.Add("apple", 1)
	inv.Rename("bob")
	fmt.Println(inv)
	cp := inv
	cp.Items["kiwi"] = 9
	fmt.Println(len(inv.Items), inv.Items["kiwi"])
	deep := clone(inv.Items)
	deep["apple"] = 0
	fmt.Println(inv.Items["apple"], deep["apple"], total(inv.Items), total(deep))
	arr := [2]map[string]int{{"x": 1}, {"y": 2}}
	arr2 := arr
	arr2[0]["x"] = 100
	fmt.Println(arr, arr2)
	var empty map[string]int
	fmt.Println(total(empty), clone(empty) == nil, len(clone(empty)))
}
