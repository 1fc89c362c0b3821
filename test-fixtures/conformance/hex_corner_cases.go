package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{"", "0", "00", "0g", "g0", "abc", "ABCDEF", "aBcD", "zz1", "1z", "0x12", " 12", "ffff"} {
		b, err := hex.DecodeString(s)
		fmt.Printf("%-8q -> %v %v", s, b, err)
		var inv hex.InvalidByteError
		if errors.As(err, &inv) {
			fmt.Printf(" (invalid byte %#x)", byte(inv))
		}
		fmt.Println(" length error:", errors.Is(err, hex.ErrLength))
	}
	fmt.Print(hex.Dump(nil))
	fmt.Print(hex.Dump([]byte("short")))
	fmt.Print(hex.Dump([]byte("exactly sixteen!")))
	all := make([]byte, 40)
	for i := range all {
		all[i] = byte(i * 7)
	}
	fmt.Print(hex.Dump(all))
	upper := strings.ToUpper(hex.EncodeToString([]byte{0xde, 0xad, 0xbe, 0xef}))
	fmt.Println(upper, hex.EncodedLen(0), hex.DecodedLen(7))
	dst := make([]byte, 2)
	n, err := hex.Decode(dst, []byte("0a0b0"))
	fmt.Println(n, err, dst)
}
