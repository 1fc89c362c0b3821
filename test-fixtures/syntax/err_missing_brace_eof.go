package main

func main() {
	if true {
		println(1)
	}
// ERROR "expected '}', found 'EOF'"
