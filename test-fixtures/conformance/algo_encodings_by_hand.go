package main

import (
	"fmt"
	"strings"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func base64(data []byte) string {
	var sb strings.Builder
	for i := 0; i < len(data); i += 3 {
		var chunk uint32
		n := 0
		for j := 0; j < 3; j++ {
			chunk <<= 8
			if i+j < len(data) {
				chunk |= uint32(data[i+j])
				n++
			}
		}
		for j := 0; j < 4; j++ {
			if j <= n {
				sb.WriteByte(alphabet[chunk>>(18-6*uint(j))&63])
			} else {
				sb.WriteByte('=')
			}
		}
	}
	return sb.String()
}

func rle(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		fmt.Fprintf(&sb, "%d%c", j-i, s[i])
		i = j
	}
	return sb.String()
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func roman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "héllo wörld"} {
		fmt.Printf("%q -> %s\n", s, base64([]byte(s)))
	}
	fmt.Println(rle("aaabccddddde"), rle("x"), rle(""))
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, caesar(enc, -3))
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2026, 3999} {
		fmt.Print(roman(n), " ")
	}
	fmt.Println()
}
