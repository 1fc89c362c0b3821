package main

var x // ERROR "expected type, found newline"
