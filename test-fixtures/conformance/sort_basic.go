package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 9, 2, 7}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	fmt.Println(sort.SearchInts(ints, 7), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)
	fmt.Println(sort.SearchStrings(strs, "banana"))
	fl := []float64{3.5, -1, 2.25, 0, 10}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	sort.Sort(sort.StringSlice(strs))
	fmt.Println(strs)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
	people := []struct {
		Name string
		Age  int
	}{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i].Name > people[j].Name }))
}
