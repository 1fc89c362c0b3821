package main

var n = 10_ // ERROR "'_' must separate successive digits"
