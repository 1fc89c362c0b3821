package main

import "fmt"

type Node struct {
	val  int
	next *Node
}

func build(n int) *Node {
	var head *Node
	for i := n; i > 0; i-- {
		head = &Node{i, head}
	}
	return head
}

func main() {
	n := build(3)
	count := 0
	for p := n; p != nil; p = p.next {
		count++
		fmt.Print(p.val, " ")
	}
	fmt.Println("nodes", count)
	fmt.Println(n.next.next.val, n.next.next.next == nil)
	fmt.Println(n.next.next.next.val)
}
