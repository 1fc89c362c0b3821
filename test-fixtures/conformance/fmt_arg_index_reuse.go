package main

import "fmt"

func main() {
	fmt.Printf("%[1]d %[1]x %#[1]o %[1]b %[1]c %[1]q %[1]U\n", 97)
	fmt.Printf("%[3]s %[2]s %[1]s\n", "a", "b", "c")
	fmt.Printf("%[2]d %d %d\n", 1, 2, 3)
	fmt.Printf("%[1]*[2]d|%-[1]*[2]d|\n", 6, 42)
	fmt.Printf("%[1]*.[2]*[3]f|\n", 10, 3, 3.14159)
	fmt.Printf("%.[1]*[2]f %[2]v\n", 2, 1.23456)
	fmt.Printf("%[1]v %[1]T %[2]v %[2]T\n", 1.5, "s")
	fmt.Printf("%[2]*[1]d|\n", 5, 8)
	fmt.Printf("%d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]s%[1]s%[1]s\n", "ab")
	fmt.Printf("%[4]d\n", 1, 2, 3)
	fmt.Printf("%[-1]d\n", 1)
	fmt.Printf("%[1]d %d\n", 5)
	fmt.Printf("%[2]d %[1]d %d %d\n", 1, 2)
	fmt.Printf("%[1]v\n", []int{1, 2})
	fmt.Printf("%[1]d %[3]d\n", 1, 2, 3)
	args := []interface{}{"x", 7, true}
	fmt.Printf("%[3]v %[1]q %[2]03d\n", args...)
	fmt.Println(fmt.Sprintf("%[2]s=%[1]d", 10, "ten"))
}
