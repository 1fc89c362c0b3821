// Prints the fmt golden (../fmt.txt): for each case, what fmt printed. Values are named; the
// test (printer.test.ts) builds the same values by name. Each line: kind, quoted format, argument
// names, quoted result. Run: go run fmt.go > ../fmt.txt
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

type point struct{ X, Y int }

type celsius float64

func (c celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type inner struct {
	name  string
	Items []int
}

type record struct {
	Name  string
	Tags  []string
	P     *point
	M     map[string]int
	Any   any
	in    inner
	Temp  celsius
	Err   error
}

type myErr struct{ code int }

func (e *myErr) Error() string { return "code " + strconv.Itoa(e.code) }

type panicky struct{}

func (panicky) String() string { panic("bad") }

func main() {
	var nilPoint *point
	var nilSlice []int
	var nilMap map[string]int
	var nilErr error
	values := map[string]any{
		"int": 42, "neg": -7, "maxi64": int64(math.MaxInt64), "mini64": int64(math.MinInt64), "maxu64": uint64(math.MaxUint64),
		"u8": uint8(200), "rune": 'é', "i8": int8(-128), "f64": 3.14159, "f32": float32(0.1), "fneg": -2.5, "fbig": 1e21,
		"fsmall": 1e-7, "fint": 100.0, "nan": math.NaN(), "inf": math.Inf(1), "ninf": math.Inf(-1), "str": "héllo\n",
		"empty": "", "true": true, "bytes": []byte("hi\x00"), "ints": []int{1, 2, 3}, "nilslice": nilSlice,
		"strs": []string{"a", "b c"}, "map": map[string]int{"b": 2, "a": 1, "c": 3}, "imap": map[int]string{3: "c", 1: "a", -2: "z"},
		"nilmap": nilMap, "point": point{1, 2}, "ptr": &point{3, 4}, "nilptr": nilPoint, "celsius": celsius(21.5),
		"err": errors.New("boom"), "nilerr": nilErr, "anys": []any{1, "a", nil, 2.5, celsius(3)}, "arr": [3]int{7, 8, 9},
		"record": record{Name: "r", Tags: []string{"x"}, P: &point{5, 6}, M: map[string]int{"k": 1}, Any: 3, in: inner{"i", []int{1}}, Temp: 4, Err: errors.New("e")},
		"emptyrecord": record{}, "myerr": &myErr{7}, "panicky": panicky{}, "bigu": uint(1 << 63), "unicode": "日本\t",
		"invalid": "a\xffb", "quote": `say "hi"`, "ptrs": []*point{{1, 2}}, "bmap": map[bool]int{true: 1, false: 0},
		"fmap": map[float64]string{2.5: "b", math.NaN(): "n", -1: "a"}, "tiny": 5e-324, "f32big": float32(16777216),
	}
	names := []string{"int", "neg", "maxi64", "mini64", "maxu64", "u8", "rune", "i8", "f64", "f32", "fneg", "fbig", "fsmall",
		"fint", "nan", "inf", "ninf", "str", "empty", "true", "bytes", "ints", "nilslice", "strs", "map", "imap", "nilmap",
		"point", "ptr", "nilptr", "celsius", "err", "nilerr", "anys", "arr", "record", "emptyrecord", "myerr", "panicky", "bigu",
		"unicode", "invalid", "quote", "ptrs", "bmap", "fmap", "tiny", "f32big"}
	formats := []string{"%v", "%+v", "%#v", "%T", "%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%O",
		"%b", "%c", "%q", "%#q", "%+q", "%U", "%#U", "%e", "%E", "%.3e", "%f", "%.2f", "%8.3f", "%-8.3f|", "%+.1f", "%08.3f",
		"%g", "%G", "%.3g", "%#g", "%s", "%10s", "%-10s|", "%.2s", "%t", "% x", "%# x", "%10v", "%-10v|", "%6.2v", "%.0f", "%#v", "%x.", "%010.4f", "% .3f", "%+v", "%5.1q", "%#.3x"}
	for _, name := range names {
		for _, f := range formats {
			verb := strings.TrimRight(f, "|.")
			if (name == "record" || name == "ptrs") && strings.ContainsAny(verb[len(verb)-1:], "dobXO") {
				continue // machine addresses in other bases
			}
			fmt.Printf("printf\t%q\t%s\t%q\n", f, name, fmt.Sprintf(f, values[name]))
		}
	}
	multi := [][]string{{"int", "str"}, {"int", "neg"}, {"str", "str"}, {"int", "str", "neg", "f64"}, {"nilerr", "err"}, {"true", "int", "empty", "empty", "int"}, {"celsius", "point"}, {}}
	for _, args := range multi {
		list := []any{}
		for _, a := range args {
			list = append(list, values[a])
		}
		fmt.Printf("print\t%q\t%s\t%q\n", "", strings.Join(args, ","), fmt.Sprint(list...))
		fmt.Printf("println\t%q\t%s\t%q\n", "", strings.Join(args, ","), fmt.Sprintln(list...))
	}
	printfs := [][]string{{"%d %d", "int"}, {"%d", "int", "neg", "str"}, {"%d %s", "str", "int"}, {"%[2]d %[1]d", "int", "neg"},
		{"%[3]d", "int"}, {"%*d|", "int", "neg"}, {"%-*d|", "int", "neg"}, {"%.*f", "int", "f64"}, {"%*d", "str", "int"},
		{"%z", "int"}, {"100%%", ""}, {"%", ""}, {"%!", ""}, {"%d%%", "int"}, {"x%vy%vz", "str", "nilerr"}, {"%v %v", "nilptr", "nilmap"},
		{"%s", "nilerr"}, {"%d", "nilerr"}, {"%s", "ints"}, {"%x", "strs"}, {"%q", "strs"}, {"%05s", "str"}, {"%.1v", "f64"},
		{"%6.2f|%-6.2f|%+06.1f", "f64", "fneg", "f64"}, {"%3c|%-3c|", "rune", "rune"}, {"%08b", "u8"}, {"%x %X", "maxu64", "mini64"}, {"%v", "anys"},
		{"%d items", "ints"}, {"%v|%+v|%#v", "nilslice", "nilslice", "nilslice"}, {"%#v", "nilmap"}, {"%d", "point"}, {"%s", "point"}, {"%x", "bytes"},
		{"%s", "bytes"}, {"%q", "bytes"}, {"%v", "bytes"}, {"%#v", "bytes"}, {"%5t|", "true"}, {"%v %d", "celsius", "celsius"}, {"%s", "myerr"}, {"%v", "panicky"}, {"%d", "panicky"},
		{"%[1]*d|", "int"}, {"%.[2]d", "int", "int"}, {"%[0]d", "int"}, {"%[x]d", "int"}, {"%e", "int"}, {"%t", "int"}, {"%d", "f64"}, {"%s", "int"}}
	for _, c := range printfs {
		list := []any{}
		args := []string{}
		for _, a := range c[1:] {
			if a != "" {
				list = append(list, values[a])
				args = append(args, a)
			}
		}
		fmt.Printf("printf\t%q\t%s\t%q\n", c[0], strings.Join(args, ","), fmt.Sprintf(c[0], list...))
	}
	wrapped := fmt.Errorf("ctx: %w", values["err"].(error))
	fmt.Printf("errorf\t%q\t%s\t%q\n", "ctx: %w", "err", wrapped.Error())
	fmt.Printf("errorf\t%q\t%s\t%q\n", "n=%d", "int", fmt.Errorf("n=%d", 42).Error())
	fmt.Printf("errorf\t%q\t%s\t%q\n", "bad %w", "int", fmt.Errorf("bad %w", 42).Error())
}
