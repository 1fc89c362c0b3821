package main

var n = 0x // ERROR "hexadecimal literal has no digits"
