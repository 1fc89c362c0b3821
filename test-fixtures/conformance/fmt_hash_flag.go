package main

import "fmt"

func main() {
	fmt.Printf("%#o %#o %#O %#x %#X %#b\n", 8, 0, 8, 0, 255, 5)
	fmt.Printf("%#x %#X %# x %# X\n", "hex", []byte("hex"), "hex", []byte{1, 2, 3})
	fmt.Printf("%#q %#q %#q %#q\n", "plain", "with`tick", "new\nline", 'x')
	fmt.Printf("%#U %#U %#U\n", 'a', '世', 0x1F600)
	fmt.Printf("%#g %#g %#g %#g\n", 1.0, 100.0, 1e-5, 123456789.0)
	fmt.Printf("%#.3g %#.1g %#.0e %#.0f\n", 1.0, 2.0, 3.0, 4.0)
	fmt.Printf("%#e %#f %#v\n", 1.0, 1.0, 1.0)
	fmt.Printf("%#x %#X\n", 1.5, -2.75)
	fmt.Printf("%#v %#v %#v\n", []string{"a"}, map[string]int{"b": 1}, struct{ A, b int }{1, 2})
	fmt.Printf("%#v %#v\n", [2][]int{{1}, nil}, []interface{}{1, "x", nil})
	fmt.Printf("%#v %#v\n", &struct{ X int }{5}, []*int{nil})
	fmt.Printf("%#8x|%-#8o|%#08b\n", 10, 10, 10)
	fmt.Printf("%#s %#d %#t\n", "s", 5, true)
	fmt.Printf("%#c %#q\n", 'é', '\'')
	fmt.Printf("%#x %#X\n", int64(-1), uint8(200))
	fmt.Printf("%#.2x %#.4x\n", 1, 1)
	fmt.Printf("%#v\n", [3]byte{1, 2, 3})
	fmt.Printf("%#v %#v\n", uint8(1), []uint8(nil))
}
