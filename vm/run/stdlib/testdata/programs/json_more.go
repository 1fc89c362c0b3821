package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Inner struct {
	A int `json:"a"`
	B string
}

type Outer struct {
	Inner
	*Meta
	B     string `json:"b"`
	C     []Inner
	D     map[string]*Inner
	E     interface{} `json:"e,omitempty"`
	F     [2]bool
	G     *int `json:",omitempty"`
	Num   json.Number
	Float float32
}

type Meta struct {
	Version int `json:"version"`
}

type Temp float64

func (t Temp) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %.1f}`, float64(t))), nil
}

type Upper string

func (u *Upper) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*u = Upper(strings.ToUpper(s))
	return nil
}

func main() {
	seven := 7
	o := Outer{Inner: Inner{1, "inner"}, Meta: &Meta{2}, B: "outer", C: []Inner{{3, "c"}}, D: map[string]*Inner{"k": {4, "d"}, "n": nil},
		F: [2]bool{true, false}, G: &seven, Num: "12.50", Float: 0.1}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	var back Outer
	fmt.Println(json.Unmarshal(b, &back), back.A, back.Inner.B, back.B, back.Version, back.C, *back.D["k"], back.D["n"], back.F, *back.G, back.Num, back.Float)
	temps, _ := json.Marshal(map[string]Temp{"x": 21.55, "y": -3})
	fmt.Println(string(temps))
	var ups []Upper
	fmt.Println(json.Unmarshal([]byte(`["a", "bc"]`), &ups), ups)
	existing := map[string]int{"keep": 1, "over": 2}
	fmt.Println(json.Unmarshal([]byte(`{"over": 20, "new": 3}`), &existing), existing)
	sl := []int{9, 9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1, 2]`), &sl), sl, len(sl))
	var raw map[string]json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`{"a": {"x": [1, 2]}, "b": "str"}`), &raw), string(raw["a"]), string(raw["b"]))
	var num struct{ N json.Number }
	fmt.Println(json.Unmarshal([]byte(`{"N": 123.456}`), &num), num.N)
	n64, err := num.N.Int64()
	f64, _ := num.N.Float64()
	fmt.Println(n64, err, f64)
	var anything interface{}
	json.Unmarshal([]byte(`[1, "two", 3.5, false, null, {"k": [ ]}]`), &anything)
	fmt.Printf("%v %T\n", anything, anything)
	indented, _ := json.MarshalIndent(struct {
		List  []int          `json:"list"`
		Empty map[string]int `json:"empty"`
		Obj   Inner          `json:"obj"`
	}{[]int{1, 2}, map[string]int{}, Inner{5, "x"}}, "", "    ")
	fmt.Println(string(indented))
	var ci struct {
		UserName string
		UserID   int `json:"user_id"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"USERNAME": "bob", "user_id": 5, "USER_ID": 6}`), &ci), ci)
	var bad struct{ A int }
	fmt.Println(json.Unmarshal([]byte(`{"A": "str"}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"A": 1.5}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`{"A": [1]}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`"x"`), &bad))
	var arr [3]int
	fmt.Println(json.Unmarshal([]byte(`[1,2,3,4]`), &arr), arr)
	html, _ := json.Marshal("<script>alert('x') && 1</script>")
	fmt.Println(string(html))
	var st struct {
		S string `json:"s,string"`
		N int    `json:"n,string"`
	}
	b2, _ := json.Marshal(struct {
		S string `json:"s,string"`
		N int    `json:"n,string"`
		B bool   `json:"b,string"`
	}{"v", 5, true})
	fmt.Println(string(b2), json.Unmarshal([]byte(`{"s":"\"q\"","n":"42"}`), &st), st)
}
