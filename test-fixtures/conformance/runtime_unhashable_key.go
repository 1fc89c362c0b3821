package main

import "fmt"

func main() {
	seen := map[interface{}]bool{}
	seen["ok"] = true
	seen[[2]int{1, 2}] = true
	fmt.Println(len(seen))
	var key interface{} = []string{"no"}
	seen[key] = true
}
