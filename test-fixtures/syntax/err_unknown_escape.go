package main

var s = "\q" // ERROR "unknown escape sequence"
