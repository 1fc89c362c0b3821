package main

import "fmt"

func limited(a []int, lo, hi, max int) []int { return a[lo:hi:max] }

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 40)
	fmt.Println(arr, s)
	s = append(s, 50)
	fmt.Println(arr, s)
	fmt.Println(limited(arr[:], 0, 2, 5), limited(arr[:], 2, 2, 2))
	full := arr[:]
	fmt.Println(len(full[1:3:5]), cap(full[1:3:5]), cap(full[4:]))
	max := 6
	t := arr[1:2:max]
	fmt.Println(t)
}
