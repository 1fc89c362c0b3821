package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes", "on", " true", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("%q %v %v\n", s, b, err)
	}
	buf := make([]byte, 0, 64)
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendInt(buf, -9223372036854775808, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 18446744073709551615, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.25, 'e', 2, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\n")
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, 'r')
	fmt.Println(string(buf), len(buf))
	fmt.Println(strconv.FormatBool(1 > 0), strconv.FormatBool("a" > "b"))
	fmt.Println(strconv.IntSize)
}
