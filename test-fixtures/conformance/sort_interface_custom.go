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

type multi struct {
	people []Person
	swaps  int
}

func (m *multi) Len() int { return len(m.people) }
func (m *multi) Swap(i, j int) {
	m.swaps++
	m.people[i], m.people[j] = m.people[j], m.people[i]
}
func (m *multi) Less(i, j int) bool {
	if m.people[i].Age != m.people[j].Age {
		return m.people[i].Age > m.people[j].Age
	}
	return m.people[i].Name < m.people[j].Name
}

func main() {
	people := []Person{{"Zed", 40}, {"Amy", 22}, {"Bo", 31}, {"Cy", 22}, {"Di", 40}, {"Ed", 18}}
	sort.Sort(ByAge(people))
	fmt.Println(people)
	sort.Stable(sort.Reverse(ByAge(people)))
	fmt.Println(people)
	m := &multi{people: people}
	sort.Sort(m)
	fmt.Println(m.people, sort.IsSorted(m))
	words := []string{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
}
