package main

import (
	"fmt"
	"strings"
)

type Nat []uint32

func parse(s string) Nat {
	var n Nat
	for _, c := range s {
		n = n.mulAdd(10, uint32(c-'0'))
	}
	return n.norm()
}

func (n Nat) norm() Nat {
	for len(n) > 0 && n[len(n)-1] == 0 {
		n = n[:len(n)-1]
	}
	return n
}

func (n Nat) mulAdd(m, a uint32) Nat {
	out := make(Nat, 0, len(n)+1)
	carry := uint64(a)
	for _, d := range n {
		t := uint64(d)*uint64(m) + carry
		out = append(out, uint32(t))
		carry = t >> 32
	}
	if carry > 0 {
		out = append(out, uint32(carry))
	}
	return out
}

func (n Nat) divSmall(d uint32) (Nat, uint32) {
	out := make(Nat, len(n))
	var rem uint64
	for i := len(n) - 1; i >= 0; i-- {
		cur := rem<<32 | uint64(n[i])
		out[i] = uint32(cur / uint64(d))
		rem = cur % uint64(d)
	}
	return out.norm(), uint32(rem)
}

func (n Nat) mul(m Nat) Nat {
	out := make(Nat, len(n)+len(m))
	for i, a := range n {
		var carry uint64
		for j, b := range m {
			t := uint64(a)*uint64(b) + uint64(out[i+j]) + carry
			out[i+j] = uint32(t)
			carry = t >> 32
		}
		out[i+len(m)] += uint32(carry)
	}
	return out.norm()
}

func (n Nat) String() string {
	if len(n) == 0 {
		return "0"
	}
	var parts []string
	for len(n) > 0 {
		var r uint32
		n, r = n.divSmall(1000000000)
		parts = append(parts, fmt.Sprintf("%09d", r))
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.TrimLeft(strings.Join(parts, ""), "0")
}

func main() {
	a := parse("123456789012345678901234567890123456789")
	b := parse("987654321098765432109876543210")
	fmt.Println(a, b)
	fmt.Println(a.mul(b))
	q, r := a.divSmall(4294967291)
	fmt.Println(q, r)
	f := Nat{1}
	for i := uint32(2); i <= 100; i++ {
		f = f.mulAdd(i, 0)
	}
	fmt.Println(f)
	fmt.Println(len(f.String()), len(f))
	sq := f.mul(f)
	fmt.Println(len(sq.String()), sq.String()[:40])
	p := Nat{1}
	for i := 0; i < 256; i++ {
		p = p.mulAdd(2, 0)
	}
	fmt.Println(p)
	_, r = p.divSmall(1000000007)
	fmt.Println(r)
}
