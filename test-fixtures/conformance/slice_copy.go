package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(dst, src[4:])
	fmt.Println(n, dst)
	s := []int{1, 2, 3, 4, 5, 6}
	n = copy(s[2:], s)
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6}
	n = copy(s, s[2:])
	fmt.Println(n, s)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b[:3]))
	var nilSlice []int
	fmt.Println(copy(nilSlice, src), copy(dst, nilSlice))
	e := []string{"a", "b"}
	f := make([]string, 5)
	copy(f[3:], e)
	fmt.Printf("%q\n", f)
	clone := append([]int(nil), src...)
	clone[0] = 99
	fmt.Println(src[0], clone[0])
	del := []int{0, 1, 2, 3, 4, 5}
	i := 2
	del = del[:i+copy(del[i:], del[i+1:])]
	fmt.Println(del, len(del), cap(del))
	ins := []int{1, 2, 4, 5}
	ins = append(ins, 0)
	copy(ins[3:], ins[2:])
	ins[2] = 3
	fmt.Println(ins)
}
