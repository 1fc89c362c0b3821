package main

import "fmt"

type T struct{ P *int }

func main() {
	fmt.Printf("%t %v %5t %-5t| %q %d %s\n", true, false, true, false, true, true, false)
	var ip *int
	var e error
	var i interface{}
	var m map[string]int
	var s []int
	var f func()
	fmt.Printf("%v %v %v %v %v %v\n", ip, e, i, m, s, f == nil)
	fmt.Printf("%+v %+v %+v %+v %+v\n", ip, e, i, m, s)
	fmt.Printf("%#v %#v %#v %#v %#v\n", ip, e, i, m, s)
	fmt.Printf("%d %s %x %q\n", nil, nil, nil, nil)
	fmt.Printf("%d %s\n", ip, e)
	fmt.Printf("%s %d\n", m, s)
	fmt.Printf("%v %+v %#v\n", T{}, T{}, T{})
	fmt.Printf("%T %T %T %T\n", ip, e, i, m)
	fmt.Printf("%p\n", ip)
	fmt.Printf("%5v|%-5v|%05v\n", nil, nil, nil)
	fmt.Println(nil, ip, e, m, s)
	fmt.Print(nil, ip, "\n")
	fmt.Printf("%t %t\n", 1, "x")
}
