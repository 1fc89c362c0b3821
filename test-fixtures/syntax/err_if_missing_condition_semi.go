package main

func main() {
	if x := 1; { // ERROR "missing condition in if statement"
	}
}
