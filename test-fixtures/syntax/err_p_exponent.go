package main

var f = 1p3 // ERROR "'p' exponent requires hexadecimal mantissa"
