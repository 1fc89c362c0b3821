package main

func main() {
	f(1, +) // ERROR "expected operand, found '\)'"
} // ERROR "missing ',' in argument list"
