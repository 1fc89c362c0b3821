package main

import (
	"fmt"
	"strings"
)

const base = 1000000000

type Big []uint64

func fromInt(n uint64) Big {
	if n == 0 {
		return Big{0}
	}
	var b Big
	for n > 0 {
		b = append(b, n%base)
		n /= base
	}
	return b
}

func (a Big) Mul(m uint64) Big {
	var out Big
	var carry uint64
	for _, d := range a {
		cur := d*m + carry
		out = append(out, cur%base)
		carry = cur / base
	}
	for carry > 0 {
		out = append(out, carry%base)
		carry /= base
	}
	return out
}

func (a Big) Add(b Big) Big {
	var out Big
	var carry uint64
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		s := carry
		if i < len(a) {
			s += a[i]
		}
		if i < len(b) {
			s += b[i]
		}
		out = append(out, s%base)
		carry = s / base
	}
	return out
}

func (a Big) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		sb.WriteString(fmt.Sprintf("%09d", a[i]))
	}
	return sb.String()
}

func main() {
	f := fromInt(1)
	for i := uint64(1); i <= 50; i++ {
		f = f.Mul(i)
		if i%10 == 0 {
			fmt.Println(i, f)
		}
	}
	a, b := fromInt(0), fromInt(1)
	for i := 0; i < 300; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib300", a, len(a.String()))
	p := fromInt(1)
	for i := 0; i < 128; i++ {
		p = p.Mul(2)
	}
	fmt.Println("2^128", p)
	digits := 0
	for _, c := range f.String() {
		digits += int(c - '0')
	}
	fmt.Println("digit sum of 50!", digits)
}
