package main

func f(a int, string) {} // ERROR "mixed named and unnamed parameters"
