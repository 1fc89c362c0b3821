package main

import "fmt"

type S string

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Println(fmt.Sprint(1, 2, 3))
	fmt.Println(fmt.Sprint("x", 1, "y"))
	fmt.Println(fmt.Sprint(S("s"), S("t"), 1, S("u")))
	fmt.Println(fmt.Sprint(nil, nil, 1))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprintln("a", 1, "b") + "|")
	fmt.Print("a", "b", 1, 2, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(true, false, "\n")
	n, err := fmt.Println("count", "me")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%d-%s\n", 5, "x")
	fmt.Println(n)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)
	fmt.Println('a', "a", 'a' == 97)
	var e error
	var i interface{}
	fmt.Println(e, i)
	fmt.Println(fmt.Sprint(), fmt.Sprintf(""), len(fmt.Sprintln()))
}
