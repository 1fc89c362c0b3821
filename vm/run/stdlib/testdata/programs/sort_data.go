package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }

func people() []Person {
	return []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 30}, {"Grace", 25},
		{"Heidi", 40}, {"Ivan", 30}, {"Judy", 25}, {"Ken", 35}, {"Liam", 30}, {"Mia", 25}, {"Noah", 40}, {"Olga", 30}}
}

func main() {
	a := people()
	sort.Sort(ByAge(a))
	fmt.Println(a)
	b := people()
	sort.Stable(ByAge(b))
	fmt.Println(b)
	c := people()
	sort.Slice(c, func(i, j int) bool { return c[i].Age > c[j].Age })
	fmt.Println(c)
	d := people()
	sort.SliceStable(d, func(i, j int) bool { return d[i].Name > d[j].Name })
	fmt.Println(d)
	e := people()
	sort.Sort(sort.Reverse(ByAge(e)))
	fmt.Println(e, sort.IsSorted(ByAge(e)))
	ints := []int{5, 2, 8, 2, 9, 1, -3, 7}
	sort.Ints(ints)
	fmt.Println(ints, sort.SearchInts(ints, 7), sort.SearchInts(ints, 6), sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "apple", "banana", ""}
	sort.Strings(strs)
	fmt.Printf("%q %d\n", strs, sort.SearchStrings(strs, "banana"))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	is := sort.IntSlice{3, 1, 2}
	is.Sort()
	fmt.Println(is, is.Len())
	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 61
	}
	pairs := make([][2]int, len(big))
	for i, v := range big {
		pairs[i] = [2]int{v % 5, i}
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][0] < pairs[j][0] })
	fmt.Println(pairs[:20], pairs[100:110])
}
