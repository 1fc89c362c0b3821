package main

func main() {
	switch x = 1 { // ERROR "expected switch expression, found assignment"
	}
}
