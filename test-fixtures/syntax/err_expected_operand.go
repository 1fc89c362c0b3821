package main

func main() {
	x := 1 + // an operator does not end a line
} // ERROR "expected operand, found '}'"
