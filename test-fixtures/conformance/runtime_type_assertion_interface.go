package main

import "fmt"

type Named interface{ Name() string }

type Thing struct{}

func main() {
	var v interface{} = Thing{}
	fmt.Printf("%T\n", v)
	n := v.(Named)
	fmt.Println(n.Name())
}
