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
	sum := 0
	for k := range a {
		sum += len(a[k]) * k
	}
	fmt.Println("sum", sum, "last", a[len(a)-1:])
	defer fmt.Println("deferred with i =", i)
	i--
	fmt.Println(a[i])
	fmt.Println("unreachable")
}
