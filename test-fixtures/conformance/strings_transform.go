package main

import (
	"fmt"
	"strings"
)

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func main() {
	fmt.Println(strings.ToUpper("hello, wörld ß"), strings.ToLower("HELLO, WÖRLD"), strings.Title("go is fun"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 0)+"|")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("aaa", "a", "bb"))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	fmt.Printf("%q\n", strings.TrimSpace("  \t hi there \n "))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", isDigit))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		if r >= 'a' && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, "banana split!"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	fmt.Println(strings.ToTitle("loud"), strings.ToUpper("ǆ"), strings.ToTitle("ǆ"))
	fmt.Println(strings.Title("hello wide-world o'neil"))
}
