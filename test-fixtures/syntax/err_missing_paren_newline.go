package main

func main() {
	f(1,
	  2 // ERROR "missing ',' before newline in argument list"
} // ERROR "expected operand, found '}'"
