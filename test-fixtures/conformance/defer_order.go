package main

import "fmt"

func deferArgs() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("loop body done")
}

type T struct{ name string }

func (t T) Close()   { fmt.Println("close", t.name) }
func (t *T) PClose() { fmt.Println("pclose", t.name) }

func methods() {
	t := T{"first"}
	defer t.Close()
	defer t.PClose()
	t.name = "second"
}

func nested() {
	defer func() {
		defer fmt.Println("inner deferred")
		fmt.Println("outer deferred body")
	}()
	fmt.Println("nested body")
}

func main() {
	deferArgs()
	loop()
	methods()
	nested()
	defer fmt.Println("main 1")
	defer fmt.Println("main 2")
	fmt.Println("main body")
}
