package main

func main() {
	_ = x.+1 // ERROR "expected selector or type assertion, found '\+'"
} // ERROR "expected '}', found 'EOF'"
