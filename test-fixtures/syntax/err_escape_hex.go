package main

var s = "\xZZ" // ERROR "illegal character U\+005A 'Z' in escape sequence"
