package main

import "fmt"

func main() {
	for i, c := range "añ世🙂" {
		fmt.Println(i, c, string(c))
	}
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x99"
	for i, c := range bad {
		fmt.Printf("%d %U %q\n", i, c, c)
	}
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
	for i := range "héllo" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	s := "abc"
	for i, c := range s {
		s = "changed"
		fmt.Println(i, string(c), s)
	}
	surrogate := "\xed\xa0\x80"
	for i, c := range surrogate {
		fmt.Println(i, c)
	}
	overlong := "\xc0\xaf"
	for i, c := range overlong {
		fmt.Println(i, c)
	}
}
