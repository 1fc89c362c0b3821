package main

var r = 'ab' // ERROR "illegal rune literal"
