package main

const (
	A = iota // first
	Bee // second
	Sea = 100 // third

	Other string = "x"
	More = "y"
)

var (
	x int
	longerName = 5
	typed float64 = 1.5 // comment
)

var single = 1
