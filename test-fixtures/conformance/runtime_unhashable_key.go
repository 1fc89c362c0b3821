package main

import "fmt"

func main() {
	seen := map[interface{}]bool{}
	keys := []interface{}{"ok", 1, 1.5, [2]int{1, 2}, struct{ A string }{"a"}, true, nil}
	for _, k := range keys {
		seen[k] = true
	}
	fmt.Println(len(seen), seen[nil], seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	_, has := seen[struct{ A string }{"a"}]
	fmt.Println(has)
	delete(seen, 1)
	fmt.Println(len(seen), seen[1])
	counts := map[interface{}]int{}
	counts[[1]string{"a"}]++
	counts[[1]string{"a"}]++
	fmt.Println(counts)
	var key interface{} = []string{"no"}
	fmt.Println("about to insert", key)
	seen[key] = true
	fmt.Println("unreachable")
}
