package main

import "fmt"

type Node struct{ next *Node }

func main() {
	n := &Node{&Node{}}
	count := 0
	for p := n; p != nil; p = p.next {
		count++
	}
	fmt.Println("nodes", count)
	fmt.Println(n.next.next.next)
}
