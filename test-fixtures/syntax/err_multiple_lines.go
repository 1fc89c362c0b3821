package main

func a() {
	f(1 2) // ERROR "missing ',' in argument list"
}

func b() {
	var x = ) // ERROR "expected operand, found '\)'"
}

func c() { // ERROR "expected ';', found 'func'"
	return 1 2 // ERROR "expected ';', found 2"
} // ERROR "expected '}', found 'EOF'"
