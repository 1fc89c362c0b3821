package main

var f = 1e+ // ERROR "exponent has no digits"
