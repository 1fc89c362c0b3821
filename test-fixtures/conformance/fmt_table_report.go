package main

import (
	"fmt"
	"sort"
	"strings"
)

type Row struct {
	Name    string
	Qty     int
	Price   float64
	Percent float64
	Code    uint16
}

func main() {
	rows := []Row{
		{"widget", 12, 3.5, 0.125, 0x1a},
		{"gadget extraordinaire", 1, 1999.999, 0.5, 0xff},
		{"ü-bolt", 1000000, 0.001, 1, 7},
		{"", -5, -12.345, -0.0625, 0},
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Price < rows[j].Price })
	header := fmt.Sprintf("%-22s|%8s|%12s|%8s|%6s", "name", "qty", "price", "pct", "code")
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	var total float64
	for _, r := range rows {
		fmt.Printf("%-22.22s|%8d|%12.2f|%7.1f%%|%#6x\n", r.Name, r.Qty, r.Price, r.Percent*100, r.Code)
		total += float64(r.Qty) * r.Price
	}
	fmt.Printf("%-22s|%8s|%12.3e|%8s|%6s\n", "total", "", total, "", "")
	fmt.Printf("%+22q|%08d|%+12.4g|%-8v|%-6o|\n", rows[0].Name, rows[0].Qty, rows[0].Price, rows[0].Percent, rows[0].Code)
	for _, w := range []int{1, 5, 10} {
		fmt.Printf("[%*s][%-*s][%*.*f]\n", w, "ab", w, "cd", w, w/3, 3.14159)
	}
	fmt.Printf("%s\n", strings.Join([]string{fmt.Sprintf("%03d", 7), fmt.Sprintf("%+.1e", 12345.0), fmt.Sprintf("%x", "ok"), fmt.Sprintf("%q", 'q')}, ","))
}
