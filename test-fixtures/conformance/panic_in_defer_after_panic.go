package main

import "fmt"

type step struct {
	name string
	ok   bool
}

func run(steps []step) {
	for i, s := range steps {
		defer fmt.Println("undo", i, s.name)
		if !s.ok {
			panic("step failed: " + s.name)
		}
		fmt.Println("did", s.name)
	}
}

func main() {
	defer func() {
		fmt.Println("second deferred function")
		panic("panic in defer")
	}()
	defer fmt.Println("first deferred function")
	fmt.Println("start")
	run([]step{{"fetch", true}, {"build", true}, {"test", false}, {"ship", true}})
	fmt.Println("unreachable")
}
