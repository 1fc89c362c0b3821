package main

import "fmt"

type state struct {
	step int
	name string
}

func (s state) String() string { return fmt.Sprintf("state{%d %s}", s.step, s.name) }

func main() {
	s := state{3, "broken"}
	fmt.Println("current", s)
	panic(s)
}
