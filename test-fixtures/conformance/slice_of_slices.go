package main

import "fmt"

func main() {
	grid := make([][]rune, 4)
	for i := range grid {
		grid[i] = make([]rune, 6)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	grid[3][5] = '@'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	tri := [][]int{}
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	fmt.Println(tri)
	fmt.Printf("%v\n%d\n", tri[5], tri[5:])
	var jag [][]string
	jag = append(jag, []string{"a"}, nil, []string{})
	fmt.Println(len(jag), jag, jag[1] == nil, jag[2] == nil)
	fmt.Printf("%q %#v\n", jag, jag)
	words := []string{"x", "y", "z"}
	for i := range words {
		words[i] += words[i]
	}
	for i, w := range words {
		w += "!"
		fmt.Print(i, w, words[i], " ")
	}
	fmt.Println()
	nums := []int{1, 2, 3}
	for i, n := range nums {
		if i == 0 {
			nums = append(nums, 4)
			nums[2] = 30
		}
		fmt.Print(n, " ")
	}
	fmt.Println(nums)
}
