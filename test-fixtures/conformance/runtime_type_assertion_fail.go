package main

import "fmt"

func main() {
	values := []interface{}{"text", 42, 3.5, []int{1}}
	for _, v := range values {
		s, ok := v.(string)
		fmt.Printf("%T ok=%v s=%q\n", v, ok, s)
	}
	var v interface{} = "text"
	s := v.(string)
	fmt.Println(s, len(s))
	n := v.(int)
	fmt.Println(n)
}
