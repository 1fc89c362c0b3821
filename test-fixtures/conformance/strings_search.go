package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, ""), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Index(s, "the"), strings.LastIndex(s, "the"), strings.Index(s, "cat"), strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.IndexAny(s, "zq"), strings.LastIndexAny(s, "eo"), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, ""), strings.Count(s, "o"), strings.Count("five", ""))
	fmt.Println(strings.Index("héllo", "l"), strings.IndexRune("héllo", 'l'), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("ß", "SS"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Index("", ""), strings.Index("abc", ""), strings.LastIndex("abc", ""))
}
