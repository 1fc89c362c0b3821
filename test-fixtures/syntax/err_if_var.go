package main

func main() {
	if var x = 1; x > 0 { // ERROR "var declaration not allowed in if initializer"
	}
}
