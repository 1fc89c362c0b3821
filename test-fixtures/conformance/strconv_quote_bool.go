package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "with \"quotes\"", "tab\t", "nl\n", "uni: é世", "bell\a", "\x00\x1f\x7f", "bad\xff", "emoji 🙂", `back\slash`} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 'é', 0x7f, 0x10ffff, 0xfffd, -1} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r))
	}
	for _, q := range []string{`"hello"`, "`raw\\n`", `'x'`, `"esc\t\u00e9\x41"`, `"unterminated`, `noquotes`, `"bad\q"`, `'ab'`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}
	for _, b := range []string{"true", "false", "1", "0", "t", "F", "TRUE", "True", "yes", ""} {
		v, err := strconv.ParseBool(b)
		fmt.Println(v, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"), strconv.CanBackquote("nl\n"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.IsPrint('é'))
	fmt.Println(string(strconv.AppendInt([]byte("n:"), -12, 10)), string(strconv.AppendQuote([]byte("q:"), "x")), string(strconv.AppendBool(nil, true)))
}
