package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 -7 word 2.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	var name string
	var age int
	n, err = fmt.Sscanf("name=bob age=42", "name=%s age=%d", &name, &age)
	fmt.Println(n, err, name, age)
	var ok bool
	var u uint8
	n, err = fmt.Sscanf("true 200", "%t %d", &ok, &u)
	fmt.Println(n, err, ok, u)
	n, err = fmt.Sscanf("7-8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	b2 := fmt.Appendf([]byte("pre:"), "%03d", 7)
	b2 = fmt.Append(b2, " ", 1, 2)
	b2 = fmt.Appendln(b2, "end")
	fmt.Printf("%q\n", b2)
}
