package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"unicode/utf8"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello, ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('€')
	fmt.Println(buf.String(), buf.Len())
	line, err := buf.ReadString(',')
	fmt.Printf("%q %v %q\n", line, err, buf.String())
	c, _ := buf.ReadByte()
	fmt.Println(c, buf.Len())
	rest, err := buf.ReadString('#')
	fmt.Printf("%q %v %d\n", rest, err, buf.Len())
	b2 := bytes.NewBufferString("x=1")
	fmt.Println(b2.String(), string(b2.Next(2)), b2.String())
	s := []byte("  a,b,,c  ")
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.Split([]byte("a,b,,c"), []byte(",")), bytes.Fields(s))
	fmt.Println(bytes.Contains(s, []byte("b,")), bytes.Index(s, []byte(",")), bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(string(bytes.ToUpper([]byte("héllo"))), string(bytes.Repeat([]byte("ab"), 2)), string(bytes.Join([][]byte{[]byte("a"), []byte("b")}, []byte("+"))))
	fmt.Println(string(bytes.ReplaceAll([]byte("aaa"), []byte("a"), []byte("bb"))), bytes.HasPrefix([]byte("golang"), []byte("go")), string(bytes.TrimPrefix([]byte("golang"), []byte("go"))))
	sum := sha256.Sum256([]byte("The quick brown fox"))
	fmt.Printf("%x\n%X\n", sum, sum[:4])
	fmt.Println(hex.EncodeToString(sum[:]), len(sum))
	s224 := sha256.Sum224(nil)
	fmt.Println(hex.EncodeToString(s224[:]))
	dec, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(dec), err)
	_, err2 := hex.DecodeString("abc")
	err = err2
	fmt.Println(err)
	_, err3 := hex.DecodeString("0g")
	err = err3
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{1, 2, 255})
	fmt.Println(string(dst), hex.DecodedLen(10))
	str := "héllo, 世界!"
	fmt.Println(len(str), utf8.RuneCountInString(str), utf8.ValidString(str), utf8.ValidString("\xff"))
	for i := 0; i < len(str); {
		r, size := utf8.DecodeRuneInString(str[i:])
		fmt.Print(string(r), size, " ")
		i += size
	}
	fmt.Println()
	r, size := utf8.DecodeLastRuneInString(str)
	fmt.Println(r, size, utf8.RuneLen('世'), utf8.RuneLen(-1))
	p := make([]byte, 4)
	n := utf8.EncodeRune(p, '€')
	fmt.Println(p[:n], n, utf8.AppendRune(nil, 0x10FFFF), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80))
	fmt.Println(utf8.DecodeRune([]byte{0xff, 0x41}))
	fmt.Println(utf8.DecodeRuneInString(""))
}
