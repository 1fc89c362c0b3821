package main

import (
	"fmt"
	"strings"
)

func wrap(text string, width int) []string {
	var lines []string
	var cur strings.Builder
	for _, w := range strings.Fields(text) {
		if cur.Len() > 0 && cur.Len()+1+len(w) > width {
			lines = append(lines, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			cur.WriteByte(' ')
		}
		cur.WriteString(w)
	}
	if cur.Len() > 0 {
		lines = append(lines, cur.String())
	}
	return lines
}

func center(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return s
	}
	left := (w - n) / 2
	return strings.Repeat(" ", left) + s + strings.Repeat(" ", w-n-left)
}

func main() {
	text := "Amigos realms are Go programs that live at readable hub paths, import each other as live services, and keep their state in a tree."
	for i, l := range wrap(text, 28) {
		fmt.Printf("%2d |%-28s|\n", i, l)
	}
	for _, s := range []string{"a", "héllo", "世界", "exactly ten"} {
		fmt.Printf("[%s]\n", center(s, 10))
	}
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(strings.Repeat(" ", 4-i))
		sb.WriteString(strings.Repeat("*", 2*i+1))
		sb.WriteByte('\n')
	}
	fmt.Print(sb.String())
	bytesUp := []byte("mixed Case 123")
	for i, c := range bytesUp {
		if 'a' <= c && c <= 'z' {
			bytesUp[i] = c - 'a' + 'A'
		} else if 'A' <= c && c <= 'Z' {
			bytesUp[i] = c - 'A' + 'a'
		}
	}
	fmt.Println(string(bytesUp))
}
