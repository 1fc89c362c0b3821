package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Item struct {
	Name  string   `json:"name"`
	Price float64  `json:"price"`
	Qty   int      `json:"qty"`
	Tags  []string `json:"tags"`
	Next  *Item    `json:"next"`
}

func main() {
	var it Item
	err := json.Unmarshal([]byte(`{"name":"pen","price":1.25,"qty":3,"tags":["a","b"],"next":{"name":"ink"},"extra":true}`), &it)
	next := *it.Next
	it.Next = nil
	fmt.Printf("%+v %+v %v\n", it, next, err)
	var generic interface{}
	err = json.Unmarshal([]byte(`{"n": 1, "f": 2.5, "s": "x", "b": false, "z": null, "arr": [1, "two", [3]], "obj": {"k": "v"}}`), &generic)
	fmt.Println(err)
	m := generic.(map[string]interface{})
	keys := []string{}
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %T %v\n", k, m[k], m[k])
	}
	var nums []int
	fmt.Println(json.Unmarshal([]byte(` [1, 2 ,3] `), &nums), nums)
	var mp map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"b":2,"a":1}`), &mp), mp)
	var s string
	fmt.Println(json.Unmarshal([]byte(`"esc\n\u00e9\ud83d\ude42\/"`), &s), s)
	var caseInsensitive struct{ FooBar int }
	fmt.Println(json.Unmarshal([]byte(`{"foobar": 7}`), &caseInsensitive), caseInsensitive.FooBar)
	var bad Item
	fmt.Println(json.Unmarshal([]byte(`{"name": 5}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"name": "x",}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`[1,2`), &nums))
	var small int8
	fmt.Println(json.Unmarshal([]byte(`300`), &small), small)
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{}]}`)), json.Valid([]byte(`{a:1}`)))
	var f float64
	fmt.Println(json.Unmarshal([]byte(`1e3`), &f), f)
	var n int
	fmt.Println(json.Unmarshal([]byte(`1.5`), &n), n)
}
