package main

var r = '\ud800' // ERROR "escape sequence is invalid Unicode code point"
