package main

import "fmt"

func checksum(data []int) int {
	total := 0
	for i, v := range data {
		total += (i + 1) * v
	}
	return total
}

func main() {
	data := []int{}
	for i := 1; i <= 10; i++ {
		data = append(data, i*i)
	}
	total := checksum(data)
	fmt.Println("data", data)
	fmt.Println("total", total)
	if total%2 == 1 {
		fmt.Println("odd")
	}
	panic(total)
}
