package main

var f func[T any]() // ERROR "function type must have no type parameters"
