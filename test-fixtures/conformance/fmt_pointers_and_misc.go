package main

import "fmt"

type T struct {
	A int
	B *T
}

func main() {
	t := &T{A: 1}
	s := fmt.Sprintf("%v", t)
	fmt.Println(s)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v %+v\n", []*T{nil}, map[string]*T{"x": nil})
	var np *int
	fmt.Printf("%v %d\n", np, []int(nil))
	fmt.Printf("%v %v %v\n", []int(nil), map[string]int(nil), []string{})
	fmt.Printf("%#v %#v %#v\n", []int(nil), map[string]int(nil), np)
	var f func()
	fmt.Printf("%v %t\n", f == nil, f == nil)
	fmt.Printf("%T %T %T %T %T %T\n", t, *t, np, f, []interface{}{}, map[string][]int{})
	fmt.Printf("%T %T %T %T\n", nil, struct{}{}, [3]int{}, func(int) string { return "" })
	fmt.Printf("%T %T %T\n", 'a', byte(1), uintptr(0))
	fmt.Printf("%v|%5v|%-5v|%05v\n", true, 12, 12, 12)
	fmt.Printf("%6.2v|%.3v|%10v|\n", 3.14159, "abcdef", []int{1, 2})
	fmt.Printf("%d %s\n", []int{1, 2}, []string{"a"})
	fmt.Printf("%x %X\n", "hi", []string{"ab", "cd"})
	fmt.Printf("%5d|%-5d|\n", []int{1, 22}, []int{3})
	fmt.Printf("%q\n", []interface{}{"a", 1, 'b'})
	fmt.Printf("%v\n", struct {
		a []int
		b map[int]string
	}{[]int{1}, map[int]string{1: "one"}})
}
