func main() {} // ERROR "expected 'package', found 'func'"
