package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Key         int
}

func (t *Tree) Insert(k int) *Tree {
	if t == nil {
		return &Tree{Key: k}
	}
	if k < t.Key {
		t.Left = t.Left.Insert(k)
	} else {
		t.Right = t.Right.Insert(k)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Key)
	t.Right.Walk(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func main() {
	var root *Tree
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(k)
	}
	keys := []int{}
	root.Walk(func(k int) { keys = append(keys, k) })
	fmt.Println(keys, root.Height())
	sum := 0
	root.Walk(func(k int) { sum += k })
	fmt.Println(sum)
	var empty *Tree
	fmt.Println(empty.Height())
	type dl struct {
		prev, next *dl
		v          string
	}
	a := &dl{v: "a"}
	b := &dl{v: "b", prev: a}
	a.next = b
	c := &dl{v: "c", prev: b}
	b.next = c
	for n := c; n != nil; n = n.prev {
		fmt.Print(n.v)
	}
	fmt.Println(a.next.next.prev.v)
}
