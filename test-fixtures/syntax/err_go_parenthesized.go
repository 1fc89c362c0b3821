package main

func main() {
	go (f()) // ERROR "expression in go must not be parenthesized"
}
