package main

func main() {
}
} // ERROR "expected declaration, found '}'"

func after() {}
