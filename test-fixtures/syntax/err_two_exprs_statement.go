package main

func main() {
	a, b // ERROR "expected 1 expression"
}
