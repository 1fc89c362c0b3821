package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "string")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1.5)
	fmt.Printf("%f\n", "x")
	fmt.Printf("%c\n", "x")
	fmt.Printf("%x\n", true)
	fmt.Printf("%e\n", 7)
	fmt.Printf("%d\n", S{1})
	fmt.Printf("%s\n", S{2})
	fmt.Printf("%d %d\n", []string{"a"}, map[string]float64{"k": 1.5})
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%d %d %d\n", 1, 2)
	fmt.Printf("%d\n", 1, "extra", 3.5)
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%[2]d %[1]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%.[2]d\n", 1)
	fmt.Printf("%-d|%+s\n", 5, "s")
	fmt.Printf("%ℵ %é\n", 1, 2)
	fmt.Printf("%v %v\n", []interface{}{1, "a"}...)
	fmt.Printf("%s\n", []interface{}{1, "a"})
	fmt.Println(fmt.Sprintf("%d", nil), fmt.Sprintf("%s", []byte(nil)), fmt.Sprintf("%v", []byte(nil)))
}
