package main

x := 1 // ERROR "expected declaration, found x"

func main() {}
