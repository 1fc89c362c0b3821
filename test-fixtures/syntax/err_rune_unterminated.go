package main

var r = 'a // ERROR "rune literal not terminated"
