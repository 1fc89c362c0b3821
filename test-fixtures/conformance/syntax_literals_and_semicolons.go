package main

import "fmt"

func main() {
	a := 1; b := 2
	if c := a + b; c > 2 { fmt.Println("c", c) }
	sum := a +
		b +
		3
	fmt.Println(sum)
	list := []int{
		1,
		2,
		3,
	}
	fmt.Println(list, len(list))
	fmt.Println(0x1p-2, 0X1P+4, 0x1.8p1, 1_000.000_1, 0b_1010, 0o_777, 0_7)
	fmt.Println(1e3, 1E-3, .25, 25., 0.)
	fmt.Println('\x41', '\101', '\u0041', '\U00000041', '\'', '\\', '\a')
	fmt.Println("\x41\101\u00e9\U0001F600", len("\xff\xfe"), `raw\n\t`, len(`
`))
	fmt.Println(
		"multi",
		"line",
	)
	type T struct{ A, B int }
	ts := []T{{1, 2}, {A: 3}, {}}
	ms := map[string]T{"x": {B: 4}}
	ps := []*T{{5, 6}, nil}
	fmt.Println(ts, ms, *ps[0], ps[1] == nil)
	arr := [...][2]string{{"a", "b"}, {"c"}}
	fmt.Println(len(arr), arr)
	var (
		x, y = 1, "y"
		z    float32
	)
	fmt.Println(x, y, z)
	const (
		k1 = iota * 10
		k2
	)
	fmt.Println(k1, k2)
	func() { fmt.Println("immediately invoked") }()
	{
		fmt := "shadowed package name"
		_ = fmt
	}
	fmt.Println("fmt still works"); fmt.Println("two statements on one line")
}
