package main

func f(a int b int) {} // ERROR "missing ',' in parameter list"
