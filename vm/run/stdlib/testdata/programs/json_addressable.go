package main

import (
	"encoding/json"
	"fmt"
)

type T struct{ N int }

func (t *T) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"T%d"`, t.N)), nil }

type W struct {
	A T
	B *T
}

func main() {
	x := T{1}
	a, _ := json.Marshal(x)
	b, _ := json.Marshal(&x)
	c, _ := json.Marshal([]T{{2}, {3}})
	d, _ := json.Marshal(W{T{4}, &T{5}})
	e, _ := json.Marshal(&W{T{6}, nil})
	f, _ := json.Marshal(map[string]T{"k": {7}})
	g, _ := json.Marshal([1]T{{8}})
	fmt.Println(string(a), string(b), string(c), string(d), string(e), string(f), string(g))
}
