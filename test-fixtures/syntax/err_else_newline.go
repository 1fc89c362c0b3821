package main

func main() {
	if true {
	}
	else { // ERROR "expected statement, found 'else'"
	}
} // ERROR "expected '}', found 'EOF'"
