package main

var n = 1__0 // ERROR "'_' must separate successive digits"
