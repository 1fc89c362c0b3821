package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	s := []int{10, 20, 30}
	for i := 0; i < 3; i++ {
		fmt.Println(i, get(s, i))
	}
	s = append(s, 40)
	fmt.Println(len(s), cap(s), get(s, 3))
	t := s[:2]
	fmt.Println(t, len(t), cap(t), t[:4])
	for i, v := range t[:cap(t)] {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	defer fmt.Println("deferred in main")
	fmt.Println(get(t, 3))
}
