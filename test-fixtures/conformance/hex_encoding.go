package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	data := []byte("Hello, Gopher! \x00\xff")
	enc := hex.EncodeToString(data)
	fmt.Println(enc, len(enc), hex.EncodedLen(len(data)))
	dec, err := hex.DecodeString(enc)
	fmt.Println(string(dec) == string(data), err)
	dec, err = hex.DecodeString("DEADbeef")
	fmt.Println(dec, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	_, err = hex.DecodeString("0g")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	n := hex.Encode(dst, []byte{1, 2, 255})
	fmt.Println(n, string(dst))
	raw := make([]byte, hex.DecodedLen(6))
	n, err = hex.Decode(raw, []byte("0a0b0c"))
	fmt.Println(n, err, raw)
	fmt.Print(hex.Dump([]byte("The quick brown fox jumps over the lazy dog.")))
	fmt.Println(hex.EncodeToString(nil) == "")
}
