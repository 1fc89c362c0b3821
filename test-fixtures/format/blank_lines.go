package main



import "fmt"



func a() {



	fmt.Println()



	fmt.Println()
}
func b() {}
