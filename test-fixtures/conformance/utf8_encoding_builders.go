package main

import (
	"fmt"
	"unicode/utf8"
)

func encodeAll(rs []rune) []byte {
	var out []byte
	for _, r := range rs {
		out = utf8.AppendRune(out, r)
	}
	return out
}

func reverseValid(s string) string {
	buf := make([]byte, 0, len(s))
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		buf = utf8.AppendRune(buf, r)
		s = s[:len(s)-size]
	}
	return string(buf)
}

func main() {
	rs := []rune{'a', 0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff, 0xd7ff, 0xe000, -5, 0xdfff, 0x110000}
	for _, r := range rs {
		b := make([]byte, 4)
		n := utf8.EncodeRune(b, r)
		fmt.Printf("%U len=%d enc=% x valid=%v\n", r, utf8.RuneLen(r), b[:n], utf8.ValidRune(r))
	}
	all := encodeAll(rs)
	fmt.Println(len(all), utf8.RuneCount(all), utf8.Valid(all))
	fmt.Println(reverseValid("héllo, 世界 🙂"), reverseValid("a\xffb"))
	s := "日本語"
	for i := 0; i < len(s); i++ {
		fmt.Print(utf8.RuneStart(s[i]), " ")
	}
	fmt.Println()
	for i := 0; i <= len(s); i++ {
		fmt.Print(utf8.FullRuneInString(s[:i]), " ")
	}
	fmt.Println()
	fmt.Println(utf8.ValidString("\xef\xbf\xbd"), utf8.ValidString(string(utf8.RuneError)), string(rune(0xfffd)) == "\ufffd")
	count := 0
	for _, c := range string(all) {
		if c == utf8.RuneError {
			count++
		}
	}
	fmt.Println("errors in ranging", count)
}
