package main

import "fmt"

type Registry struct {
	entries map[string]int
}

func (r *Registry) Lookup(k string) (int, bool) {
	v, ok := r.entries[k]
	return v, ok
}

func main() {
	var r Registry
	fmt.Println(r.entries["missing"], len(r.entries), r.entries == nil)
	fmt.Println(r.Lookup("x"))
	delete(r.entries, "x")
	for k := range r.entries {
		fmt.Println("never", k)
	}
	fmt.Println("reads are fine, writing now")
	r.entries["first"] = 1
	fmt.Println("unreachable")
}
