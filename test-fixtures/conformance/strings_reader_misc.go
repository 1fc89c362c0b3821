package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Count("cheese", "e"), strings.Count("aaaa", "aa"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.Index("go gopher", "ph"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xc0\xafc", "?"))
	words := strings.Fields("the cat sat on the mat")
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println(longest, len(words))
	caps := []string{}
	for _, w := range words {
		caps = append(caps, strings.ToUpper(w[:1])+w[1:])
	}
	fmt.Println(strings.Join(caps, " "))
	s := "a-b_c d"
	fmt.Println(strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', ' ':
			return '.'
		}
		return r
	}, s))
	fmt.Println(strings.Repeat("=", 20))
	pad := func(s string, n int) string {
		if len(s) >= n {
			return s
		}
		return strings.Repeat(" ", n-len(s)) + s
	}
	for _, v := range []string{"1", "22", "333", "4444"} {
		fmt.Println("[" + pad(v, 3) + "]")
	}
	fmt.Println(strings.ContainsAny("", ""), strings.ContainsAny("abc", ""), strings.IndexAny("abc", ""))
}
