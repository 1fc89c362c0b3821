package main

import "fmt"

func main() {
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	fmt.Println(k)
	for i := 10; i > 0; i /= 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	sum := 0
	for i := range [5]int{} {
		sum += i
	}
	fmt.Println(sum)
	var arr [3]string
	for i := range arr {
		arr[i] = fmt.Sprint(i * i)
	}
	fmt.Println(arr)
	m := map[string]bool{"only": true}
	for k, v := range m {
		fmt.Println(k, v)
	}
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("after", i)
	x := []int{1, 2, 3}
	for i := range x {
		x = append(x, i)
	}
	fmt.Println(x)
	if v := len(x); v > 5 {
		fmt.Println("long", v)
	} else if v > 2 {
		fmt.Println("medium", v)
	} else {
		fmt.Println("short", v)
	}
}
