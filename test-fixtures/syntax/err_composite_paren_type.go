package main

type T struct{}

var x = (T){} // ERROR "cannot parenthesize type in composite literal"
