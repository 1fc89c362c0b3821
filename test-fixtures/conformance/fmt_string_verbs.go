package main

import "fmt"

func main() {
	strs := []string{"", "go", "héllo", "tab\there", "quote\"s", "new\nline", "\x00\x7f", "日本"}
	for _, s := range strs {
		fmt.Printf("%s|%q|%+q|%#q|%x|% x|%X|%8s|%-8s|%.2s|%8.1q|\n", s, s, s, s, s, s, s, s, s, s, s)
	}
	fmt.Printf("%5.3s|%-5.3s|%.0s|%.10s\n", "abcdef", "abcdef", "abc", "ab")
	fmt.Printf("%.2s|%.1s\n", "日本語", "héllo")
	fmt.Printf("%s %v %q\n", []string{"a", "b"}, []string{"c d"}, []string{"e", "f\n"})
	fmt.Printf("%s|%q|%x\n", []byte("bytes"), []byte("q\"b"), []byte{1, 171})
	fmt.Printf("%05s|%-05s|\n", "ab", "ab")
	fmt.Printf("%t %v %5t %-6t|\n", true, false, true, false)
	fmt.Printf("%s %d\n", 42, "str")
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z %-z\n", 1, "s")
	fmt.Printf("100%%\n")
}
