package main

func main() {
	x := 1
	if x = 2 { // ERROR "expected boolean expression, found assignment"
	}
	y := x = 3 // ERROR "expected '==', found '='"
}
