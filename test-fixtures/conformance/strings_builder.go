package main

import (
	"fmt"
	"strings"
)

func table(rows [][]string) string {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			if len(cell) > widths[i] {
				widths[i] = len(cell)
			}
		}
	}
	var b strings.Builder
	for _, row := range rows {
		for i, cell := range row {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(cell)
			b.WriteString(strings.Repeat(" ", widths[i]-len(cell)))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&b, "%d-", i)
	}
	b.WriteRune('世')
	b.WriteByte('!')
	n, err := b.WriteString("end")
	fmt.Println(n, err, b.Len(), b.String())
	b.Reset()
	b.WriteString("fresh")
	fmt.Println(b.String())
	fmt.Print(table([][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"watermelon", "10", "0.5"}}))
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 26; i++ {
		sb.WriteByte(byte('a' + i))
	}
	fmt.Println(sb.String(), sb.Len())
}
