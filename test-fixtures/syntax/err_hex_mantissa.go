package main

var f = 0x1.8 // ERROR "hexadecimal mantissa requires a 'p' exponent"
