package main

func main() {
	a.b: // ERROR "illegal label declaration"
	return // ERROR "expected ';', found 'return'"
}
