package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type ID int

func (i ID) String() string { return fmt.Sprintf("ID#%d", int(i)) }

func inspect(v interface{}) string {
	if s, ok := v.(Stringer); ok {
		return "stringer " + s.String()
	}
	if e, ok := v.(error); ok {
		return "error " + e.Error()
	}
	if n, ok := v.(int); ok {
		return fmt.Sprint("int ", n*2)
	}
	if s, ok := v.(string); ok {
		return "string " + s
	}
	return fmt.Sprintf("other %T", v)
}

func main() {
	for _, v := range []interface{}{ID(7), errors.New("boom"), 21, "hi", 2.5, nil, []int{1}, int64(3)} {
		fmt.Println(inspect(v))
	}
	var x interface{} = ID(5)
	id := x.(ID)
	fmt.Println(id+1, x.(Stringer).String())
	n, ok := x.(int)
	fmt.Println(n, ok)
	var s Stringer = ID(9)
	back, ok := s.(ID)
	fmt.Println(back, ok)
	var none interface{}
	_, ok = none.(int)
	fmt.Println(ok)
}
