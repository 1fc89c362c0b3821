package main

type T struct{ x int }

func main() {
	if x := T{}; x.x > 0 { // ERROR "expected boolean expression, found assignment"
	}
} // ERROR "expected '}', found 'EOF'"
