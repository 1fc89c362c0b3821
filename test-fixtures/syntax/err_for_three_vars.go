package main

func main() {
	for a, b, c := range "x" { // ERROR "expected at most 2 expressions"
	}
}
