package main

import "fmt"

func main() {
	nums := []int{7, -7, 0, 13, -13, 1, -1}
	dens := []int{2, -2, 3, -3, 7, -7, 1}
	for _, n := range nums {
		for _, d := range dens {
			fmt.Printf("%d/%d=%d %d%%%d=%d\n", n, d, n/d, n, d, n%d)
		}
	}
	var a int8 = -128
	var b int8 = 3
	fmt.Println(a/b, a%b)
	var c uint8 = 200
	fmt.Println(c/7, c%7)
	x := -9
	x /= 4
	fmt.Println(x)
	y := -9
	y %= 4
	fmt.Println(y)
	fmt.Println(-9/4, -9%4, 9/-4, 9%-4)
}
