package main

import "fmt"

type Token int

const (
	Num Token = iota
	Plus
	Minus
	LParen
	RParen
	EOF
)

func (t Token) String() string {
	switch t {
	case Num:
		return "NUM"
	case Plus, Minus:
		return "OP"
	case LParen, RParen:
		return "PAREN"
	}
	return fmt.Sprintf("Token(%d)", int(t))
}

func kind(c byte) string {
	switch {
	case c >= '0' && c <= '9':
		return "digit"
	case c == ' ', c == '\t', c == '\n':
		return "space"
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		return "letter"
	default:
		return "other"
	}
}

func main() {
	for t := Num; t <= EOF; t++ {
		fmt.Print(t, " ")
	}
	fmt.Println()
	for _, c := range []byte("a1 Z\t?") {
		fmt.Print(kind(c), ",")
	}
	fmt.Println()
	x := 5
	switch {
	case x > 3:
		fmt.Println("big")
		if x > 4 {
			break
		}
		fmt.Println("not printed")
	case x > 1:
		fmt.Println("medium")
	}
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
		fallthrough
	case y > 100:
		fmt.Println("fell into y > 100")
	default:
		fmt.Println("default")
	}
	switch s := "b"; s {
	}
	var i interface{} = 3.0
	switch i {
	case 3:
		fmt.Println("int 3")
	case 3.0:
		fmt.Println("float 3")
	}
}
