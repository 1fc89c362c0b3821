package main

import "fmt"

func main() {
	buf := []byte("log: ")
	buf = fmt.Appendf(buf, "%d items, %.1f%%", 3, 42.5)
	fmt.Println(string(buf))
	buf = fmt.Append(buf, " | ", 1, 2, "x", true)
	fmt.Println(string(buf))
	buf = fmt.Appendln(buf, " end", 7)
	fmt.Printf("%q\n", buf)
	var empty []byte
	empty = fmt.Appendf(empty, "")
	fmt.Println(empty == nil, len(empty))
	lines := []byte{}
	for i := 0; i < 4; i++ {
		lines = fmt.Appendf(lines, "%02d:%-4s|", i, fmt.Sprint(i*i))
	}
	fmt.Println(string(lines), len(lines))
	fixed := make([]byte, 0, 8)
	out := fmt.Appendf(fixed, "%s", "abc")
	fmt.Println(string(out), len(out), cap(out) == 8)
	more := fmt.Appendf(out, "%s", "defghijk")
	fmt.Println(string(more), string(out), len(more))
	fmt.Println(string(fmt.Append(nil)), string(fmt.Appendln(nil)) == "\n")
	fmt.Println(string(fmt.Append(nil, "a", "b", 1, 2, "c")))
	fmt.Println(string(fmt.Appendln(nil, "a", "b", 1, 2, "c")))
}
