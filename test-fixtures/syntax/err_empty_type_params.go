package main

func f[]() {} // ERROR "empty type parameter list"
