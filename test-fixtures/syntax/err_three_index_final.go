package main

func main() {
	var s []int
	_ = s[1:2:] // ERROR "final index required in 3-index slice"
}
