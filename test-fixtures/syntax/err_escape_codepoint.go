package main

var s = "\U00110000" // ERROR "escape sequence is invalid Unicode code point"
