package main

func f[T]() {} // ERROR "missing type constraint"
