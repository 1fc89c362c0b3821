package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{
		`""`, `"a"`, `"\n"`, `"\x41\101\u00e9\U0001F600"`, `"\'"`, `'\''`, `'\"'`, `"\""`,
		"`a\\nb`", "`multi\nline`", "`a`b`", `'ab'`, `''`, `'é'`, `"é"`, `"\400"`, `"\xZZ"`,
		`"\ud800"`, `"\U00110000"`, `"a`, `a"`, `"a"b"`, `"tab	inside"`, "\"new\nline\"", `'\x80'`, `'\u00e9'`,
	}
	for _, in := range inputs {
		s, err := strconv.Unquote(in)
		fmt.Printf("%-28q -> %q %v\n", in, s, err)
	}
	for _, in := range []string{`\n rest`, `a`, `\u00e9x`, `\'`, `"`, `\x`} {
		value, multibyte, tail, err := strconv.UnquoteChar(in, '"')
		fmt.Printf("%q -> %q %v %q %v\n", in, value, multibyte, tail, err)
	}
	s, err := strconv.QuotedPrefix(`"abc" tail`)
	fmt.Println(s, err)
	s, err = strconv.QuotedPrefix(`no quote`)
	fmt.Printf("%q %v\n", s, err)
}
