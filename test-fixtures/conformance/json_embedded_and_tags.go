package main

import (
	"encoding/json"
	"fmt"
)

type Meta struct {
	Created int64  `json:"created"`
	Author  string `json:"author,omitempty"`
}

type Named struct {
	Name string `json:"name"`
}

type Doc struct {
	Meta
	*Named
	Title  string            `json:"title"`
	Body   string            `json:"body,omitempty"`
	Extra  json.RawMessage   `json:"extra,omitempty"`
	Labels map[string]string `json:"labels,omitempty"`
	Score  float64           `json:"score,string"`
	Flag   bool              `json:",string"`
	Ptr    *int              `json:"ptr"`
	Iface  interface{}       `json:"iface,omitempty"`
	Arr    [2]int            `json:"arr"`
	hidden string
}

type Conflict struct {
	A1 `json:"-"`
	X  int `json:"x"`
	Y  int `json:"x"`
	Z  int
}

type A1 struct{ Q int }

func main() {
	n := 5
	d := Doc{Meta: Meta{Created: 100}, Named: &Named{"doc"}, Title: "t", Extra: json.RawMessage(`{"raw":[1,2]}`), Score: 2.5, Flag: true, Ptr: &n}
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)
	d.Named = nil
	d.Extra = nil
	d.Ptr = nil
	d.Labels = map[string]string{}
	b, err = json.Marshal(d)
	fmt.Println(string(b), err)
	var back Doc
	err = json.Unmarshal([]byte(`{"created":7,"name":"n","title":"T","extra":{"k": [true, null]},"score":"1.25","Flag":"false","ptr":9,"arr":[1,2,3],"iface":{"a":1}}`), &back)
	fmt.Println(err, back.Created, back.Named.Name, back.Title, string(back.Extra), back.Score, back.Flag, *back.Ptr, back.Arr, back.Iface)
	c, err := json.Marshal(Conflict{A1{1}, 2, 3, 4})
	fmt.Println(string(c), err)
	raw := map[string]json.RawMessage{}
	err = json.Unmarshal([]byte(`{"a": {"x": 1}, "b": [1, 2], "c": "s"}`), &raw)
	fmt.Println(err, string(raw["a"]), string(raw["b"]), string(raw["c"]), len(raw))
}
