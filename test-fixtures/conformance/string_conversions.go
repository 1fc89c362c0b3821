package main

import (
	"fmt"
	"strconv"
)

type MyString string
type MyBytes []byte
type MyRunes []rune

func main() {
	ms := MyString("typed")
	fmt.Println(ms, string(ms)+"!", len(ms))
	mb := MyBytes("bytes")
	fmt.Println(mb, string(mb))
	mr := MyRunes("rünes")
	fmt.Println(mr, string(mr))
	fmt.Println(string(rune(9731)), strconv.Itoa(9731))
	b := []byte("abc")
	s := string(b)
	b[0] = 'X'
	fmt.Println(s, string(b))
	bs := []byte("héllo")
	fmt.Println(len(bs), cap(bs) >= 6, bs)
	rs := []rune("héllo")
	fmt.Println(len(rs), rs, string(rs[1]))
	n := 42
	fmt.Println(string(rune(n)), fmt.Sprint(n), strconv.Itoa(n)+"x")
	concat := ""
	for i := 0; i < 5; i++ {
		concat += string(rune('a' + i))
	}
	fmt.Println(concat)
	fmt.Printf("%T %T %T\n", ms, mb, mr)
	fmt.Printf("%v %s %q %x\n", mb, mb, mb, mb)
	fmt.Printf("%v %d\n", mr, mr)
	var empty []byte
	fmt.Println(string(empty) == "", len(string(empty)))
}
