package main

import (
	"errors"
	"fmt"
)

type Str string
type Num int

func (n Num) String() string { return fmt.Sprintf("N%d", int(n)) }

func main() {
	fmt.Println(fmt.Sprint("a", 1))
	fmt.Println(fmt.Sprint(1, "a"))
	fmt.Println(fmt.Sprint(1, 2))
	fmt.Println(fmt.Sprint("a", "b"))
	fmt.Println(fmt.Sprint(1.5, 2.5))
	fmt.Println(fmt.Sprint(true, false))
	fmt.Println(fmt.Sprint(Str("x"), Str("y")))
	fmt.Println(fmt.Sprint(Num(1), Num(2)))
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(nil, nil))
	fmt.Println(fmt.Sprint('a', 'b'))
	fmt.Println(fmt.Sprint(1, nil, 2))
	fmt.Println(fmt.Sprint("x", nil, "y"))
	fmt.Println(fmt.Sprint(map[int]int{1: 1}, 3))
	fmt.Println(fmt.Sprint(struct{}{}, struct{}{}))
	fmt.Println(fmt.Sprint(&struct{ A int }{1}, 2))
	fmt.Println(fmt.Sprint("", "", 1, "", 2))
	fmt.Printf("%q\n", fmt.Sprintln("a", 1, true, nil))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Print(1, 2, "x", 3, 4, "\n")
	fmt.Print(Num(1), Num(2), "\n")
}
