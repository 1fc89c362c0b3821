package main

import "fmt"

func describe(v interface{}) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprintf("%T", v)
}

func main() {
	var v interface{}
	fmt.Println(v == nil, describe(v))
	v = "now a string"
	fmt.Println(describe(v), v.(string))
	v = nil
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	s = v.(string)
	fmt.Println(s)
}
