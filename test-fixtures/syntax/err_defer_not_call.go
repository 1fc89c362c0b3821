package main

func main() {
	defer recover // ERROR "expression in defer must be function call"
}
