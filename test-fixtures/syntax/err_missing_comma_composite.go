package main

var x = []int{
	1,
	2 // ERROR "missing ',' before newline in composite literal"
}
