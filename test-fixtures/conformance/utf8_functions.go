package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%c:%d ", i, r, size)
		i += size
	}
	fmt.Println()
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		fmt.Printf("%c", r)
		s = s[:len(s)-size]
	}
	fmt.Println()
	for _, r := range []rune{'a', 'é', '世', '🙂', -1, 0x110000, 0xd800} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Println(r, utf8.RuneLen(r), n, buf[:n], utf8.ValidRune(r))
	}
	bad := []byte{0xff, 0xe4, 0xb8, 'x', 0xe4, 0xb8, 0x96}
	fmt.Println(utf8.Valid(bad), utf8.RuneCount(bad))
	r, size := utf8.DecodeRune(bad)
	fmt.Println(r, size, r == utf8.RuneError)
	r, size = utf8.DecodeRune(bad[1:])
	fmt.Println(r, size)
	r, size = utf8.DecodeRune(nil)
	fmt.Println(r, size)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.RuneStart(0xb8))
	fmt.Println(string(utf8.AppendRune([]byte("x"), '界')), utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
}
