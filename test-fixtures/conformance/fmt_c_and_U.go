package main

import "fmt"

func main() {
	runes := []rune{'A', 'z', '0', ' ', 'é', 'ß', '世', '🙂', 0x7f, 0x80, 0xfffd, 0x10ffff, 0x110000, -1, 0xd800}
	for _, r := range runes {
		fmt.Printf("[%c] [%U] [%#U] [%5c] [%-3c] [%d] [%x]\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%c %c %c\n", 65, int64(0x4e16), uint8(200))
	fmt.Printf("%U %U\n", uint32(0x1F600), 0)
	fmt.Printf("%c\n", []rune("slice"))
	fmt.Printf("%U\n", []rune("ab"))
	fmt.Printf("%c %U\n", "str", 1.5)
	fmt.Printf("%08U|%-10U|%.6U\n", 'x', 'y', 'z')
	fmt.Printf("%#.6U|%#10U\n", 'é', '世')
}
