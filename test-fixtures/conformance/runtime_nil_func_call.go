package main

import (
	"fmt"
	"sort"
)

func main() {
	handlers := map[string]func() string{
		"a": func() string { return "handled a" },
		"c": func() string { return "handled c" },
	}
	names := []string{}
	for k := range handlers {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, handlers[n]())
	}
	fmt.Println(handlers["b"] == nil)
	fmt.Println(handlers["b"]())
}
