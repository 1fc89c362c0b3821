package main

import "fmt"

func main() {
	for c := 0; c < 32; c++ {
		fmt.Printf("%q ", string(rune(c)))
	}
	fmt.Println()
	for _, r := range []rune{0, 7, 8, 9, 10, 11, 12, 13, 27, 32, 34, 39, 92, 127, 128, 159, 160, 0xad, 0x2028, 0xfeff, 0xfffd, 0x10ffff} {
		fmt.Printf("%q %+q %q|", r, r, string(r))
	}
	fmt.Println()
	fmt.Printf("%q\n", "\a\b\f\n\r\t\v\\\"'")
	fmt.Printf("%#q %#q\n", "\a\b", "'single'")
	fmt.Printf("%q %+q\n", "\u00e9\u4e16\U0001F600", "\u00e9\u4e16\U0001F600")
	fmt.Printf("%q %+q %#+q\n", "\xff\xfe", "\xc3", "é`")
	fmt.Printf("%q %q %q\n", []string{"a\n", "b"}, [2]string{"c", "d\t"}, map[string]string{"k\n": "v\""})
	fmt.Printf("%q %q\n", 'a', []rune("ab"))
	fmt.Printf("%q %q\n", 0x7fffffff, -5)
	fmt.Printf("%q\n", []byte("bytes\n"))
	fmt.Printf("%q %q\n", 65, int64(0x1F600))
}
