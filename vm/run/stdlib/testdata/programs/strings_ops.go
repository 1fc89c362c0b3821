package main

import (
	"fmt"
	"strings"
)

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isUpper(r rune) bool { return r >= 'A' && r <= 'Z' }

func main() {
	s := "The quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Count(s, "o"), strings.Count(s, ""))
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")), strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfter("a,b", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  a \t b\nc  "))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 3))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.ToUpper("hello wörld"), strings.ToLower("HELLO WÖRLD"), strings.ToTitle("loud"), strings.Title("hello go world"))
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace("  \t x y \n"), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabcaa", "a"), strings.TrimRight("aabcaa", "a"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"), strings.TrimFunc("123abc456", isDigit))
	fmt.Println(strings.HasPrefix(s, "The"), strings.HasSuffix(s, "dog"), strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("chicken", 'k'), strings.IndexFunc("Hello, 世界", isUpper))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x\">&</a>"))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d;", i*i)
	}
	b.WriteByte('|')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	fmt.Println(strings.ContainsAny("hello", "xyz"), strings.ContainsRune("hello", 'l'), strings.ToValidUTF8("a\xffb", "?"))
	fmt.Println(strings.FieldsFunc("a1b2c3", isDigit), strings.LastIndexByte("abcabc", 'b'))
	rd := strings.NewReader("hé!")
	ch, size, err := rd.ReadRune()
	fmt.Println(ch, size, err, rd.Len())
	c, err := rd.ReadByte()
	fmt.Println(c, err, rd.Len())
	buf := make([]byte, 4)
	n, err := rd.Read(buf)
	fmt.Println(n, err, buf)
	n, err = rd.Read(buf)
	fmt.Println(n, err)
}
