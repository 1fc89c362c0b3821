package main

import (
	"fmt"
	"strconv"
)

type Stack struct{ data []int }

func (s *Stack) Push(v int) { s.data = append(s.data, v) }
func (s *Stack) Pop() int {
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v
}

func run(prog []string) (out []int, err error) {
	s := &Stack{}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm error at depth %d: %v", len(s.data), r)
		}
	}()
	for _, op := range prog {
		switch op {
		case "+":
			s.Push(s.Pop() + s.Pop())
		case "*":
			s.Push(s.Pop() * s.Pop())
		case "/":
			b, a := s.Pop(), s.Pop()
			s.Push(a / b)
		case "dup":
			v := s.Pop()
			s.Push(v)
			s.Push(v)
		default:
			n, convErr := strconv.Atoi(op)
			if convErr != nil {
				panic(convErr)
			}
			s.Push(n)
		}
	}
	return s.data, nil
}

func main() {
	fmt.Println(run([]string{"2", "3", "+", "dup", "*"}))
	fmt.Println(run([]string{"1", "+"}))
	fmt.Println(run([]string{"5", "0", "/"}))
	fmt.Println(run([]string{"7", "2", "/", "10", "3", "/", "+"}))
	fmt.Println(run([]string{"1", "two", "+"}))
}
