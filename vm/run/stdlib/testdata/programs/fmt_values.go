package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type Named struct {
	Name  string
	Inner *Point
	List  []Point
	Map   map[string]Point
	Any   interface{}
	priv  int
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "red"
	case Green:
		return "green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Wallet struct {
	Owner   string
	Balance int64
	Colors  []Color
}

func main() {
	p := Point{1, -2}
	n := Named{Name: "n", Inner: &p, List: []Point{{3, 4}}, Map: map[string]Point{"z": {1, 1}, "a": {2, 2}}, Any: p, priv: 9}
	n.Inner = nil
	fmt.Println(p, &p, n)
	fmt.Printf("%v\n%+v\n%#v\n", n, n, p)
	fmt.Printf("%v %d %s %x\n", Blue, Blue, Green, Red)
	fmt.Println([]Color{Red, Green, Blue}, map[Color]int{Blue: 3, Red: 1})
	t := Temp(21.5)
	fmt.Println(t, &t)
	w := Wallet{"alice", 1 << 40, []Color{Green}}
	fmt.Printf("%v|%+v\n", w, &w)
	fmt.Print("a", "b", 1, 2, "c", 3.5, nil, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Println(nil, []int(nil), map[string]int(nil), (*Point)(nil), []string{})
	var ip *int
	var e error
	fmt.Printf("%v %v %d %s\n", ip, e, []int{1, 2}, []string{"x", "y"})
	fmt.Printf("[%5s][%-5s][%.2s][%5.1f][%-8.3e][%+d][%x][%X][%o][%b][%c][%U][%q]\n", "ab", "ab", "abc", 3.14159, 1234.5678, 7, 255, "hi", 8, 5, 'G', 'é', 'x')
	fmt.Printf("%08.3f|%+.2e|%g|%G|%.3g|%10.4v|%-10v|\n", -3.14159, 0.000123, 1e-7, 2.5e20, 1234.5678, 3.14159265, true)
	fmt.Printf("%t %v %p\n", false, struct{}{}, nil)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x")
	fmt.Printf("%!\n")
	fmt.Printf("%z %d\n", 3, "s")
	fmt.Printf("%[2]d %[1]s %*d|%-*d|%.*f\n", "a", 5, 4, 7, 4, 7, 2, 3.14159)
	fmt.Printf("%6.2f%%\n", 99.5)
	s := fmt.Sprintln("x", 1, 2.0, float32(0.1), uint8(3), int64(-9), 'a', "end")
	fmt.Print(s)
	fmt.Println(strings.Repeat("=", 10), fmt.Sprint(3, 4, "x", 5), fmt.Sprintf("%v", []interface{}{1, "a", nil, 2.5}))
	fmt.Printf("%v %v %v %v\n", 1e6, 1e21, 123456.0, 1e-5)
	fmt.Printf("%v %v %v\n", float32(3.14), float32(1e10), 100000000.0)
	fmt.Printf("%x % x %#x %X\n", "héllo", []byte{1, 171}, "ab", []byte("z"))
	fmt.Printf("%q %+q %#q\n", "日本\n", "日本", "back`tick")
	fmt.Printf("%v %.2v %10.3v|\n", "str", "str", "string")
	fmt.Printf("%3c|%-4q|%#U\n", 'x', 'y', '⌘')
	fmt.Printf("%05d|%-05d|%+05d|% 5d|%x|%#o|%#b\n", 42, 42, 42, 42, -255, 8, 5)
	fmt.Printf("%.0f %.0f %.0f %.1f %.2f\n", 0.5, 1.5, 2.5, 0.05, 1.005)
	fmt.Printf("%6.3v|%.1e|%e\n", 1234.5678, 9.96, 0.0)
	fmt.Printf("%T %T %T %T %T %T\n", p, &p, n.List, n.Map, e, Blue)
	fmt.Printf("%s\n", &n)
}
