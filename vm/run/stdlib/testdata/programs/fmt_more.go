package main

import (
	"errors"
	"fmt"
	"strings"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Pair struct {
	Key   string
	Value interface{}
}

type List []int

func (l List) String() string { return fmt.Sprintf("List(%d)", len(l)) }

type Err struct{ Code int }

func (e Err) Error() string { return fmt.Sprintf("err %d", e.Code) }

type Both struct{}

func (Both) String() string { return "string" }
func (Both) Error() string  { return "error" }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func main() {
	temps := []Celsius{20, 21.5}
	fmt.Println(temps, map[string]Celsius{"in": 19.25})
	fmt.Printf("%v %s %d %.2f %q\n", Celsius(3), Celsius(3), List{1, 2}, Celsius(3), Celsius(1))
	fmt.Println(Pair{"k", Celsius(5)}, []Pair{{"a", 1}, {"b", nil}}, Pair{"e", Err{3}})
	fmt.Printf("%+v|%#v\n", Pair{"k", List{1}}, Pair{"k", 2})
	fmt.Println(List{1, 2, 3}, []List{{1}}, Err{4}, Both{})
	var err error = Err{5}
	fmt.Printf("%v|%s|%q|%x|%d\n", err, err, err, err, err)
	t := &Tree{Val: 1, Left: &Tree{Val: 2}}
	fmt.Printf("%v %+v\n", *t.Left, *t.Left)
	fmt.Printf("%#v\n", []interface{}{1, "s", nil, 2.5, true, Celsius(2)})
	fmt.Printf("%#v %#v %#v\n", map[string]int{"b": 1, "a": 2}, [2]bool{true}, struct{ A, b int }{1, 2})
	fmt.Printf("%#v %#v %#v %#v\n", int8(-3), uint(7), 'x', "q\"s")
	fmt.Printf("%v %v\n", errors.New("plain"), fmt.Errorf("wrapped: %w", Err{6}))
	fmt.Printf("%5.2v|%-6v|%06v|%x|%X\n", 3.14159, "ab", 42, -1, []string{"ab", "c"})
	fmt.Printf("%08.3e|%-12.4g|%+g|% .2f\n", 1234.5678, 0.000012345, 2.0, 3.14159)
	fmt.Printf("%s %v %d\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	fmt.Printf("%c%c%c %U %#U\n", 72, 0x1F600, -1, 0x1F600, 'a')
	fmt.Printf("%t %v %5t|\n", true, false, true)
	fmt.Printf("%x %X %o %b %d\n", uint64(1<<63), int64(-1<<63), -8, -5, uint8(255))
	fmt.Printf("%e %.0e %E %g\n", 0.0, 5.0, 1e100, 1e-300)
	fmt.Printf("%v %v %v %v\n", float32(1)/3, 1.0/3, float32(16777216.0), 1e23)
	fmt.Printf("%6.1f|%-7.2f|%07.2f|%+.0f\n", -0.05, 2.675, -1.5, 0.5)
	fmt.Printf("%[1]d %[1]x %[1]o %[1]b %[1]c %[1]q %[1]U\n", 65)
	fmt.Printf("%d %s\n", []interface{}{1, "a"}, []interface{}{1, "a"})
	fmt.Printf("%v\n", [][]int{{1, 2}, {3}, nil})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	n, err2 := fmt.Printf("count\n")
	fmt.Println(n, err2)
	var w strings.Builder
	fmt.Fprintln(&w, "to builder", 1)
	fmt.Fprintf(&w, "%s=%d\n", "x", 5)
	fmt.Fprint(&w, 1, 2, "z")
	fmt.Println(w.String())
	s := fmt.Sprint("a", 1, 2, "b", "c", 3.0, 4, nil, nil)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%3d|%-3d|%03d", 1234, 5, -7))
	fmt.Println(fmt.Sprintf("%.3s|%.10s|%5.1s|", "abcdef", "ab", "xyz"))
	fmt.Println(fmt.Sprintf("%v|%v", int64(9007199254740993), uint64(18446744073709551615)))
}
