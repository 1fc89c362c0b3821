package main

import (
	"fmt"
	"strconv"
)

func main() {
	inputs := []string{"", " ", "\u2028", "\u00ad", "\ufeff", "\U0010ffff", "\xed\xa0\x80", "\xf4\x90\x80\x80", "a\x80b", "\x7f", "\u0085", "\u00a0", "~", "\"'`"}
	for _, s := range inputs {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
	}
	for _, r := range []rune{0xad, 0xa0, 0x2028, 0xfeff, 0x85, 0xd800, 0x110000} {
		fmt.Println(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	fmt.Println(string(strconv.AppendQuoteRune([]byte(">"), '☺')), string(strconv.AppendQuoteToASCII(nil, "☺")))
	fmt.Println(strconv.Quote("\x00\x01\x02"), strconv.Quote("\t\v\f"))
}
