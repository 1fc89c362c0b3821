package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", c.Code) }

type Result struct {
	Value int
	Err   error
}

func main() {
	errs := []error{errors.New("a"), CodeErr{2}, nil, fmt.Errorf("wrapped: %w", CodeErr{3})}
	fmt.Println(errs)
	fmt.Printf("%v\n%+v\n%s\n%q\n", errs, errs, errs, errs)
	m := map[string]error{"x": CodeErr{1}, "y": nil}
	fmt.Println(m)
	fmt.Printf("%+v\n", m)
	rs := []Result{{1, nil}, {0, CodeErr{404}}}
	fmt.Println(rs)
	fmt.Printf("%+v\n", rs)
	fmt.Printf("%v %d\n", CodeErr{5}, CodeErr{5})
	fmt.Printf("%#v\n", CodeErr{6})
	var ce error = CodeErr{7}
	fmt.Printf("%v|%s|%10v|%-10s|%x\n", ce, ce, ce, ce, ce)
	fmt.Println(struct{ E error }{ce})
	fmt.Println([]interface{}{ce, "s", CodeErr{8}})
}
