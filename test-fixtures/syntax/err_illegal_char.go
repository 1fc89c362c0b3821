package main

var x = 1 @ 2 // ERROR "illegal character U\+0040 '@'"
