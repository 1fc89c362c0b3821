package main

import (
	"encoding/json"
	"fmt"
)

type Point struct {
	X, Y int
	Tags []string
}

func main() {
	m := map[string]int{"keep": 1, "over": 2}
	err := json.Unmarshal([]byte(`{"over": 20, "new": 30}`), &m)
	fmt.Println(err, m)
	s := []int{9, 9, 9, 9, 9}
	err = json.Unmarshal([]byte(`[1, 2]`), &s)
	fmt.Println(err, s, len(s))
	arr := [4]int{9, 9, 9, 9}
	err = json.Unmarshal([]byte(`[1, 2]`), &arr)
	fmt.Println(err, arr)
	err = json.Unmarshal([]byte(`[1, 2, 3, 4, 5, 6]`), &arr)
	fmt.Println(err, arr)
	p := Point{X: 1, Y: 2, Tags: []string{"old"}}
	err = json.Unmarshal([]byte(`{"Y": 5, "Tags": null}`), &p)
	fmt.Println(err, p.X, p.Y, p.Tags == nil)
	err = json.Unmarshal([]byte(`{"x": 10, "X": 11, "unknown": {"deep": [1]}}`), &p)
	fmt.Println(err, p.X)
	pp := &Point{X: 1}
	err = json.Unmarshal([]byte(`null`), &pp)
	fmt.Println(err, pp == nil)
	var iface interface{} = map[string]interface{}{"pre": true}
	err = json.Unmarshal([]byte(`{"post": 1}`), &iface)
	fmt.Println(err, iface)
	var strs []string
	err = json.Unmarshal([]byte(`["a", 1, "b"]`), &strs)
	fmt.Println(err, strs)
	var num float64
	err = json.Unmarshal([]byte(`-0.0e+2`), &num)
	fmt.Println(err, num)
	var u uint
	err = json.Unmarshal([]byte(`-1`), &u)
	fmt.Println(err, u)
	var nested map[string][]map[string]int
	err = json.Unmarshal([]byte(`{"a": [{"x": 1}, {}], "b": null}`), &nested)
	fmt.Println(err, nested, nested["b"] == nil)
	err = json.Unmarshal([]byte(`{"a": 1} {"b": 2}`), &m)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"a": 1}`), m)
	fmt.Println(err)
	err = json.Unmarshal([]byte(``), &m)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`[1, 2,]`), &s)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`"\x01"`), &strs)
	fmt.Println(err)
}
