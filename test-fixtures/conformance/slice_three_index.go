package main

import "fmt"

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	s := arr[2:4:6]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 100)
	fmt.Println(arr, s)
	s = append(s, 200)
	fmt.Println(arr, s)
	s = append(s, 300)
	s[0] = -2
	fmt.Println(arr, s, len(s), cap(s) >= 5)
	t := arr[:0:0]
	t = append(t, 9)
	fmt.Println(arr[0], t)
	base := []int{1, 2, 3, 4, 5}
	u := base[1:2:3]
	fmt.Println(u, len(u), cap(u))
	u = u[:cap(u)]
	fmt.Println(u)
	v := base[:]
	w := v[2:3:4]
	w = append(w, 44)
	fmt.Println(base, w)
	w = append(w, 55)
	w[0] = 33
	fmt.Println(base, w)
	str := "hello world"
	fmt.Println(str[6:], str[:5], str[:], str[3:3] == "")
	p := &arr
	fmt.Println(p[1:3], len(p), cap(p[5:]))
}
