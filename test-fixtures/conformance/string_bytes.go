package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	for i := 0; i < len(s); i++ {
		fmt.Printf("%d:%02x ", i, s[i])
	}
	fmt.Println()
	fmt.Println(s[:2], s[1:3], s[7:10], s[len(s)-4:])
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), s)
	fmt.Println(b[:4])
	t := s
	t += "?"
	fmt.Println(s, t, s < t, "a" < "b", "ab" < "b", "Z" < "a", "" < "a")
	fmt.Println(s == "héllo, 世界!", s[:5] == "héll")
	bs := []byte{72, 105, 0xe4, 0xb8, 0x96}
	fmt.Println(string(bs), len(string(bs)))
	fmt.Printf("%q %x %X % x %s\n", s, s, "hi", "abc", b)
	var empty string
	fmt.Println(len(empty), empty == "", []byte(empty) == nil, len([]byte(empty)))
	raw := `a\nb "c"`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", "nl\\n", "\x41\101\u0041")
}
