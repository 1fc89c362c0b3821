// Prints the strconv golden (../strconv.txt). Each line: function, its arguments (Go-quoted
// strings, integers, or float64 bits as f:hex), and the results as fmt.Sprintf("%v|%v", ...) prints
// them. Run: go run strconv.go > ../strconv.txt
package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

func line(name string, args []string, results ...any) {
	format := strings.TrimSuffix(strings.Repeat("%v|", len(results)), "|")
	fmt.Printf("%s\t%s\t%q\n", name, strings.Join(args, "\t"), fmt.Sprintf(format, results...))
}

func q(s string) string { return strconv.Quote(s) }

func main() {
	ints := []string{"0", "42", "-42", "+7", "", "x", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "99999999999999999999", "0x1f", "0b101", "0o17", "017", "1_000", "0x_1f", "1__0", "_1", "0X1F", "ff", "-0", "18446744073709551615", "18446744073709551616", " 1", "1 ", "99999999999999999999x"}
	for _, s := range ints {
		v, err := strconv.Atoi(s)
		line("Atoi", []string{q(s)}, v, err)
		for _, base := range []int{0, 10, 16, 2, 36, 1, 37} {
			for _, bits := range []int{0, 8, 32, 64, 65} {
				v, err := strconv.ParseInt(s, base, bits)
				line("ParseInt", []string{q(s), fmt.Sprint(base), fmt.Sprint(bits)}, v, err)
				u, err := strconv.ParseUint(s, base, bits)
				line("ParseUint", []string{q(s), fmt.Sprint(base), fmt.Sprint(bits)}, u, err)
			}
		}
	}
	floats := []string{"0", "1", "-1.5", "3.14159", "1e10", "1e-10", "1E+5", ".5", "5.", ".", "", "e5", "1e", "1e+", "inf", "-Inf", "+infinity", "NaN", "nan", "-nan",
		"1e400", "-1e400", "1e-400", "4.9e-324", "2.2250738585072011e-308", "0x1p-2", "0x1.8p1", "0x1.8", "0X_1FFFP-16", "1_000.5", "0x1_0p0", "123456789012345678901234567890",
		"0.1", "0.30000000000000004", "1.7976931348623157e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "1.00000017881393432617187499", "1.000000178813934326171875", "7.038531e-26", "abc", "1.5x", "++1", "0x", "1e1_0", "0.000001"}
	for _, s := range floats {
		for _, bits := range []int{64, 32} {
			v, err := strconv.ParseFloat(s, bits)
			line("ParseFloat", []string{q(s), fmt.Sprint(bits)}, fmt.Sprintf("%016x", math.Float64bits(v)), err)
		}
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "", "tRUE"} {
		v, err := strconv.ParseBool(s)
		line("ParseBool", []string{q(s)}, v, err)
	}
	for _, n := range []int64{0, 1, -1, 255, -255, math.MaxInt64, math.MinInt64, 1 << 40} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			line("FormatInt", []string{fmt.Sprint(n), fmt.Sprint(base)}, strconv.FormatInt(n, base))
		}
		line("Itoa", []string{fmt.Sprint(n)}, strconv.Itoa(int(n)))
	}
	strs := []string{"", "hello", "héllo", "tab\there", "new\nline", "quote\"s", "back\\slash", "\x00\x01\x7f", "\xff\xfe", "日本語", "\u200b\u00a0", "emoji 😀", "bell\a", "\ufeff", "`raw`", "a'b"}
	for _, s := range strs {
		line("Quote", []string{q(s)}, strconv.Quote(s))
		line("QuoteToASCII", []string{q(s)}, strconv.QuoteToASCII(s))
		line("QuoteToGraphic", []string{q(s)}, strconv.QuoteToGraphic(s))
		line("CanBackquote", []string{q(s)}, strconv.CanBackquote(s))
		u, err := strconv.Unquote(strconv.Quote(s))
		line("UnquoteQuote", []string{q(s)}, u == s, err)
	}
	for _, s := range []string{`"abc"`, "`a\\nb`", `'x'`, `'xy'`, `""`, `''`, `"\u00e9"`, `"\x41\101"`, `"\q"`, `"a`, `'\''`, `"\'"`, `'"'`, `"\U0001F600"`, `"\ud800"`, "`a\rb`", `"` + "\n" + `"`, `x`, `'日'`} {
		u, err := strconv.Unquote(s)
		line("Unquote", []string{q(s)}, q(u), err)
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', 0x200b, 0x1F600, -1, 0x110000, 0xD800, 0xFFFD} {
		line("QuoteRune", []string{fmt.Sprint(r)}, strconv.QuoteRune(r))
		line("QuoteRuneToASCII", []string{fmt.Sprint(r)}, strconv.QuoteRuneToASCII(r))
		line("IsPrint", []string{fmt.Sprint(r)}, strconv.IsPrint(r))
	}
	for _, f := range []float64{0, 1.5, -2.25, 1e21, 1e-7, 123456789, math.Inf(-1)} {
		for _, verb := range []byte{'g', 'e', 'f', 'E', 'G', 'b', 'x', 'z'} {
			line("FormatFloat", []string{fmt.Sprintf("f:%016x", math.Float64bits(f)), fmt.Sprint(int(verb)), "-1", "64"}, strconv.FormatFloat(f, verb, -1, 64))
			line("FormatFloat", []string{fmt.Sprintf("f:%016x", math.Float64bits(f)), fmt.Sprint(int(verb)), "3", "32"}, strconv.FormatFloat(f, verb, 3, 32))
		}
	}
	for _, c := range []complex128{complex(1, 2), complex(1.5, math.Copysign(0, -1)), complex(math.Inf(1), math.NaN()), complex(0.1, -1e21)} {
		re, im := fmt.Sprintf("f:%016x", math.Float64bits(real(c))), fmt.Sprintf("f:%016x", math.Float64bits(imag(c)))
		for _, verb := range []byte{'g', 'e', 'f', 'x'} {
			line("FormatComplex", []string{re, im, fmt.Sprint(int(verb)), "-1", "128"}, strconv.FormatComplex(c, verb, -1, 128))
			line("FormatComplex", []string{re, im, fmt.Sprint(int(verb)), "2", "64"}, strconv.FormatComplex(c, verb, 2, 64))
		}
	}
	line("AppendInt", []string{q("x="), "-42", "10"}, string(strconv.AppendInt([]byte("x="), -42, 10)))
	line("AppendQuote", []string{q("s:"), q("a\"b")}, string(strconv.AppendQuote([]byte("s:"), "a\"b")))
	line("AppendBool", []string{q(""), "1"}, string(strconv.AppendBool(nil, true)))
}
