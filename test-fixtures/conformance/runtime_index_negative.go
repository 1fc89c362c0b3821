package main

import "fmt"

func main() {
	a := [4]string{"a", "b", "c", "d"}
	i := 2
	fmt.Println(a[i], a[i-2], a[len(a)-1])
	for step := 0; step < 3; step++ {
		i--
		fmt.Println("i =", i, "a[i] =", a[i])
	}
	i--
	fmt.Println(a[i])
	fmt.Println("unreachable")
}
