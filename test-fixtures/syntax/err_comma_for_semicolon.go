package main

type T struct {
	a int, // ERROR "expected ';', found ','"
	b int
}
