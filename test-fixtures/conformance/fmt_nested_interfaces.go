package main

import "fmt"

type Tree struct {
	Val      interface{}
	Children []interface{}
}

func main() {
	t := Tree{
		Val: "root",
		Children: []interface{}{
			1,
			[]interface{}{"a", 2.5, nil},
			map[string]interface{}{"k": []int{1, 2}, "j": map[string]interface{}{"deep": true}},
			Tree{Val: 3},
			(*Tree)(nil),
		},
	}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	var i interface{} = t
	var j interface{} = i
	fmt.Println(j == i)
	fmt.Printf("%v\n", []interface{}{[]interface{}{[]interface{}{}}})
	fmt.Printf("%#v\n", []interface{}{int8(1), uint(2), "3", []string{"4"}})
	fmt.Printf("%v %d %s\n", []interface{}{1, "a"}, []interface{}{1, "a"}, []interface{}{1, "a"})
	fmt.Printf("%x %X\n", []interface{}{10, "hi", []byte{1}}, []interface{}{255})
	fmt.Printf("%q\n", []interface{}{"s", 'r', 65, 1.5})
	fmt.Printf("%5v|%-5v|\n", []interface{}{1, "a"}, []interface{}{true})
}
