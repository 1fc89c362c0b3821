package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-0", "+7", "", "abc", "1_000", "0x1F", "9223372036854775807", "9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x_ff", 0, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 1, 64}, {"1", 10, 65}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	for _, s := range []string{"3.14", "1e400", "-1e-400", "inf", "NaN", "0x1.8p1", "1_0.5", ".5e1", "1e", "2.5E-3"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, _ := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, float32(f32))
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36), strconv.Itoa(-99))
	for _, f := range []float64{3.0, 0.1, 1e21, 1e20, 123456789.125, -0.0000123} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 32))
	}
	fmt.Println(strconv.Quote("héllo\n\x00\xff"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `'ab'`, `"\u263a"`} {
		v, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", v, err)
	}
	b := []byte("n=")
	b = strconv.AppendInt(b, -12, 10)
	b = strconv.AppendQuote(append(b, ' '), "q")
	b = strconv.AppendBool(append(b, ' '), true)
	b = strconv.AppendFloat(append(b, ' '), 1.5, 'g', -1, 64)
	fmt.Println(string(b))
	fmt.Println(strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'), strconv.IsPrint('é'))
}
