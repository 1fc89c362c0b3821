package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type User struct {
	Base
	Name     string            `json:"name"`
	Email    string            `json:"-"`
	Age      int               `json:"age,string"`
	Score    float64           `json:"score"`
	Tags     []string          `json:"tags,omitempty"`
	Addr     *Address          `json:"addr,omitempty"`
	Extra    map[string]any    `json:"extra"`
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Counts   map[int]int       `json:"counts,omitempty"`
	Bytes    []byte            `json:"bytes"`
	private  string
}

func main() {
	u := User{Base: Base{ID: 7}, Name: "Ann <admin> & co", Email: "x", Age: 31, Score: 0.1 + 0.2,
		Tags: []string{"a", "b"}, Extra: map[string]any{"z": 1, "a": []int{1, 2}, "m": nil}, Counts: map[int]int{10: 1, 2: 3},
		Bytes: []byte("hi!"), Raw: json.RawMessage(`{"k": [1, 2]}`)}
	data, err := json.Marshal(u)
	fmt.Println(string(data), err)
	pretty, _ := json.MarshalIndent(Address{"Main St", ""}, ">", "\t")
	fmt.Println(string(pretty))
	var back User
	err = json.Unmarshal(data, &back)
	fmt.Println(err, back.ID, back.Name, back.Age, back.Score, back.Tags, back.Extra, back.Counts, string(back.Bytes), string(back.Raw))
	var generic map[string]interface{}
	fmt.Println(json.Unmarshal([]byte(`{"n": 1.5e3, "s": "\u00e9\n", "arr": [true, null, {"x": -0}], "big": 12345678901234567890}`), &generic))
	fmt.Println(generic)
	for _, bad := range []string{`{"a":1,}`, `[1 2]`, `{"a" 1}`, `tru`, `"abc`, `{"a":1}x`, ``, `nul`, `[1,]`, `{"a":"\x"}`, `01`, `-`, `1.`, `1e+`} {
		var v any
		fmt.Println(json.Unmarshal([]byte(bad), &v), json.Valid([]byte(bad)))
	}
	var n struct {
		A int8
		B uint
		C string
		D []int
		E [2]string
	}
	fmt.Println(json.Unmarshal([]byte(`{"a": 300, "b": -1, "c": 5, "d": [1, "x", 3], "e": ["p", "q", "r"]}`), &n), n)
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &n))
	var ptr *int
	fmt.Println(json.Unmarshal([]byte(`5`), &ptr), *ptr)
	fmt.Println(json.Unmarshal([]byte(`5`), nil))
	var x int
	fmt.Println(json.Unmarshal([]byte(`5`), x))
	floats, _ := json.Marshal([]float64{1, 1.5, 1e20, 1e21, 1e-6, 1e-7, -0.0, 123456789})
	fmt.Println(string(floats))
	s, _ := json.Marshal("\u2028 \x01 \t \"q\" \\ é \xff")
	fmt.Println(string(s))
	var nilSlice []int
	e1, _ := json.Marshal(map[string]any{"nil": nilSlice, "empty": []int{}, "ptr": (*int)(nil)})
	fmt.Println(string(e1))
	_, errF := json.Marshal(map[string]any{"f": func() {}})
	err = errF
	fmt.Println(err)
}
