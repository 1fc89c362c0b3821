package main

func main() {
	x := (1 + 2 // ERROR "expected '\)', found newline"
	_ = x // ERROR "expected ';', found _"
} // ERROR "expected '}', found 'EOF'"
