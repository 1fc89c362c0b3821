package main

type T struct {
	a int
	123 // ERROR "expected '}', found 123"
} // ERROR "expected declaration, found '}'"
