package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type User struct {
	ID      int            `json:"id"`
	Name    string         `json:"name"`
	Email   string         `json:"email,omitempty"`
	Age     int            `json:",omitempty"`
	Admin   bool           `json:"admin"`
	Tags    []string       `json:"tags"`
	Address *Address       `json:"address,omitempty"`
	Meta    map[string]int `json:"meta,omitempty"`
	Secret  string         `json:"-"`
	Dash    string         `json:"-,"`
	private int
	Score   float64          `json:"score"`
	Raw     interface{}      `json:"raw"`
	Counts  map[string][]int `json:"counts"`
	Quoted  int64            `json:"quoted,string"`
}

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	u := User{ID: 1, Name: "Ann", Admin: true, Secret: "s", Dash: "d", private: 3, Score: 9.5, Quoted: 42}
	show(u)
	u.Tags = []string{"a", "b"}
	u.Address = &Address{Street: "Main"}
	u.Meta = map[string]int{"z": 1, "a": 2, "m": 3}
	u.Raw = []interface{}{1, "x", nil, true, 2.5}
	u.Email = "ann@example.com"
	u.Age = 30
	show(u)
	show(map[string]interface{}{"b": 1, "a": []int{1, 2}, "c": map[string]bool{"y": true}})
	show([]int(nil))
	show([]int{})
	show(map[string]int(nil))
	show(nil)
	show("quote\" <tag> & \u2028 é \x01")
	show([]float64{0, 1, -1.5, 1e21, 1e-7, 123456789, 0.1})
	show([]byte("bytes"))
	show(map[int]string{3: "c", 1: "a", 20: "t"})
	show(struct {
		A int `json:"a"`
		B struct {
			C []string `json:"c"`
		} `json:"b"`
	}{A: 1})
	show([3]bool{true})
	show(int64(-9007199254740993))
	show(uint64(18446744073709551615))
	_, err := json.Marshal(map[string]interface{}{"f": func() {}})
	fmt.Println(err)
}
