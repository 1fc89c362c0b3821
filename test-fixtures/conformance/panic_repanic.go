package main

import "fmt"

func layer(n int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("layer", n, "caught", r)
			if n > 0 {
				panic(fmt.Sprintf("%v <- layer %d", r, n))
			}
		}
	}()
	if n == 3 {
		panic("bottom")
	}
	layer(n + 1)
}

func deferPanics() (err interface{}) {
	defer func() {
		err = recover()
	}()
	defer func() {
		panic("second panic")
	}()
	panic("first panic")
}

func main() {
	layer(0)
	fmt.Println(deferPanics())
	func() {
		defer func() { fmt.Println("outer recover:", recover()) }()
		defer func() {
			defer func() { fmt.Println("inner recover:", recover()) }()
			panic("from defer")
		}()
		panic("original")
	}()
	fmt.Println("done")
}
