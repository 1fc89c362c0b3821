package main

import "fmt"

func equal(a, b interface{}) bool { return a == b }

func main() {
	fmt.Println(equal(1, 1), equal("a", "b"), equal(nil, nil), equal(1, 1.0))
	fmt.Println(equal([2]int{1, 2}, [2]int{1, 2}), equal(struct{ A int }{1}, struct{ A int }{1}))
	var f func()
	fmt.Println(equal(f == nil, true))
	var p1, p2 *int
	fmt.Println(equal(p1, p2), equal(p1, nil))
	s1 := []int{1}
	fmt.Println(equal(s1, 1), equal("x", s1))
	m1 := map[string]int{}
	fmt.Println(equal(1, m1))
	fmt.Println(equal(map[string]int{}, map[string]int{}))
	fmt.Println("unreachable")
}
