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
	if _, ok := v.(fmt.Stringer); !ok {
		fmt.Println("not a Stringer")
	}
	defer fmt.Println("deferred before the crash")
	n := v.(int)
	fmt.Println(n)
}
