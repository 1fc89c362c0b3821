package main

import (
	"encoding/json"
	"fmt"
)

type Ledger struct {
	Owner   string           `json:"owner"`
	Entries []Entry          `json:"entries"`
	Totals  map[string]int64 `json:"totals"`
}

type Entry struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Amount int64  `json:"amount"`
	Memo   string `json:"memo,omitempty"`
}

func main() {
	l := Ledger{Owner: "bank", Totals: map[string]int64{}}
	transfers := []Entry{{"alice", "bob", 30, "rent"}, {"bob", "carol", 12, ""}, {"carol", "alice", 5, "coffee"}}
	for _, e := range transfers {
		l.Entries = append(l.Entries, e)
		l.Totals[e.From] -= e.Amount
		l.Totals[e.To] += e.Amount
	}
	out, err := json.MarshalIndent(l, "", "  ")
	fmt.Println(string(out), err)
	var back Ledger
	err = json.Unmarshal(out, &back)
	fmt.Println(err, len(back.Entries), back.Totals["alice"], back.Entries[2].Memo)
	again, _ := json.Marshal(back)
	compact, _ := json.Marshal(l)
	fmt.Println(string(again) == string(compact))
	fmt.Println(string(compact))
	pretty, _ := json.MarshalIndent(map[string]interface{}{"empty": []int{}, "nested": map[string]interface{}{}, "n": nil}, ">", "\t")
	fmt.Println(string(pretty))
}
