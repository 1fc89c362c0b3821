package main

var n = 0128 // ERROR "invalid digit '8' in octal literal"
