package main

func main() {
	if true {
	} else for { // ERROR "expected if statement or block, found 'for'"
	}
}
