package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{10: "a", -5: "b", 0: "c", 3: "d", -100: "e"})
	fmt.Println(map[string]int{"b": 1, "a": 2, "B": 3, "": 4, "aa": 5, "é": 6})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, math.Inf(1): 3, math.Inf(-1): 4, 0: 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[uint8]bool{255: true, 0: false, 128: true})
	fmt.Println(map[rune]int{'z': 1, 'a': 2, '世': 3})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y", {1, 1}: "z"})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6, int8(1): 7})
	fmt.Printf("%v\n%+v\n%#v\n", map[string][]int{"y": {2}, "x": {1}}, map[K]bool{{1, "x"}: true}, map[int8]uint{3: 1, -3: 2})
	nested := map[string]map[int]bool{"outer": {3: true, 1: false, 2: true}, "a": {}}
	fmt.Println(nested)
	fmt.Printf("%d %x %q\n", map[string]int{"z": 26, "a": 1}, map[int]int{255: 16}, map[string]string{"k": "v"})
	fmt.Println(map[string]int{})
	var nilMap map[string]int
	fmt.Println(nilMap)
	fmt.Printf("%#v %#v\n", nilMap, map[string]int{})
	ptrKeys := map[*int]int{nil: 1}
	fmt.Println(len(ptrKeys))
}
