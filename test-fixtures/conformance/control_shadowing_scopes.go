package main

import "fmt"

var x = "package"

func show() string { return x }

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x, show())
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		fmt.Println(x)
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		x := x * 2
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x + 100
		fmt.Println("loop", x)
	}
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	err := fmt.Errorf("outer")
	if true {
		v, err := 1, fmt.Errorf("inner")
		_ = v
		fmt.Println(err)
	}
	fmt.Println(err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	true := false
	fmt.Println(true)
	type int = string
	var s int = "an int that is a string"
	fmt.Println(s)
}
