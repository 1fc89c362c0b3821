package main

type P struct{ X, Y int }

var points = []P{
	{1, 2},
	{X: 3, Y: 4},
	{X: 5,
		Y: 6},
}

var m = map[string]int{
	"a": 1,
	"bcd": 2,
	"efghij": 3,
}

var one = []int{1, 2, 3}

var nested = map[string][]int{"x": {1}, "y": {2, 3}}

var trailing = []string{
	"a",
	"b"}
