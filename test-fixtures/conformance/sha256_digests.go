package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	inputs := []string{"", "abc", "hello world", strings.Repeat("a", 55), strings.Repeat("a", 56), strings.Repeat("a", 64), strings.Repeat("0123456789", 100)}
	for _, in := range inputs {
		sum := sha256.Sum256([]byte(in))
		fmt.Println(len(in), hex.EncodeToString(sum[:]))
	}
	h := sha256.New()
	h.Write([]byte("hello "))
	h.Write([]byte("world"))
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(h.Size(), h.BlockSize(), sha256.Size)
	h.Reset()
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("%X\n%v\n", sum[:4], sum[:4])
	chain := sha256.Sum256(nil)
	for i := 0; i < 1000; i++ {
		chain = sha256.Sum256(chain[:])
	}
	fmt.Printf("%x\n", chain)
	fmt.Printf("%T\n", sum)
	s224 := sha256.Sum224([]byte("abc"))
	fmt.Printf("%x\n", s224)
}
