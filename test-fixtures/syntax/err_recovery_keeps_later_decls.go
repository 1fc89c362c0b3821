package main

func broken() {
	x := (1 + // an operator does not end the line
} // ERROR "expected operand, found '}'"

func fine() int { return 1 } // ERROR "expected '\)', found 'func'"

type Kept struct{ A int }
