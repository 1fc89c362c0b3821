package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	*p = 5
	inc(p)
	inc(&x)
	fmt.Println(x, *p, p == &x)
	a := newInt(3)
	b := newInt(3)
	fmt.Println(*a == *b, a == b)
	var nilp *int
	fmt.Println(nilp == nil, nilp)
	arr := [3]int{1, 2, 3}
	ep := &arr[1]
	*ep = 20
	fmt.Println(arr)
	s := []int{1, 2, 3}
	sp := &s[0]
	s = append(s, 4)
	*sp = 100
	fmt.Println(s[0] == 100, *sp)
	type T struct{ A, B int }
	t := T{1, 2}
	fp := &t.B
	*fp = 7
	fmt.Println(t)
	var head *Node
	for i := 1; i <= 4; i++ {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	pp := &p
	**pp = 9
	fmt.Println(x)
	q := new(T)
	q.A = 4
	fmt.Println(*q, q.B)
	np := new([]int)
	*np = append(*np, 1)
	fmt.Println(*np, len(*np))
	ptrs := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
