package main

import "fmt"

func main() {
	s := "aé世🙂"
	r := []rune(s)
	fmt.Println(len(s), len(r), r)
	for _, c := range r {
		fmt.Printf("%c %U %d %q %x\n", c, c, c, c, string(c))
	}
	r[0] = 'Z'
	fmt.Println(string(r), string(r[1:3]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10ffff+1)), string(rune(0xd800)))
	var c rune = 'x'
	fmt.Println(c, c+1, string(c+1), c-'a')
	fmt.Printf("%q %q %q %q\n", 'a', '\n', '\'', rune(0x1f642))
	fmt.Printf("%+q %#q %#U\n", "héllo", "back`tick", '世')
	for _, x := range []rune{'0', 'A', 'z', 'é', ' ', '\t', 0} {
		fmt.Printf("[%c] %d %v\n", x, x, x)
	}
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println([]rune(bad), len([]rune(bad)))
	fmt.Printf("%q %+q\n", bad, bad)
}
