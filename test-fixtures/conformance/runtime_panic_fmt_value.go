package main

import "fmt"

type state struct {
	step int
	name string
}

func (s state) String() string { return fmt.Sprintf("state{%d %s}", s.step, s.name) }

func advance(s state) state {
	s.step++
	if s.step > 3 {
		s.name = "broken"
	}
	return s
}

func main() {
	s := state{0, "fresh"}
	for i := 0; i < 4; i++ {
		s = advance(s)
		fmt.Println("current", s)
	}
	fmt.Printf("%v %+v %s\n", s, s, s)
	panic(s)
}
