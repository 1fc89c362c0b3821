package 42 // ERROR "expected 'IDENT', found 42"

func main() {}
