package main

func main() {
	var x interface{}
	switch y = x.(type) { // ERROR "expected ':=', found '='"
	}
}
