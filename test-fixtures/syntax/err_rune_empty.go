package main

var r = '' // ERROR "illegal rune literal"
