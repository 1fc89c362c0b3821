package main

foo // ERROR "expected declaration, found foo"

func main() {}
