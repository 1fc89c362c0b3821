package main

type T struct {
	(fmt.Stringer) // ERROR "cannot parenthesize embedded type"
}
