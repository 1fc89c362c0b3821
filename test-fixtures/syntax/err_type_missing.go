package main

type T // ERROR "expected type, found newline"
