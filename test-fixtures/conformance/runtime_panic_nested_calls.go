package main

import "fmt"

func level3(v int) {
	if v > 2 {
		panic(fmt.Errorf("level3 rejected %d", v))
	}
	fmt.Println("level3 ok", v)
}

func level2(v int) { level3(v + 1) }
func level1(v int) {
	defer fmt.Println("level1 deferred", v)
	level2(v + 1)
}

func main() {
	level1(0)
	level1(1)
	fmt.Println("unreachable")
}
