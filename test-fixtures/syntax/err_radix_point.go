package main

var f = 0b1.0 // ERROR "invalid radix point in binary literal"
