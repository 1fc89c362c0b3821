package main

func main() {
	package // ERROR "expected statement, found 'package'"
} // ERROR "expected '}', found 'EOF'"
