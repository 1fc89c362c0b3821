package main

type T struct{}

func (T) M[P any]() {} // ERROR "method must have no type parameters"
