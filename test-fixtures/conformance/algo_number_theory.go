package main

import "fmt"

func mulmod(a, b, m uint64) uint64 {
	var result uint64
	a %= m
	for b > 0 {
		if b&1 == 1 {
			result = (result + a) % m
		}
		a = (a * 2) % m
		b >>= 1
	}
	return result
}

func powmod(b, e, m uint64) uint64 {
	result := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			result = mulmod(result, b, m)
		}
		b = mulmod(b, b, m)
		e >>= 1
	}
	return result
}

func isPrime(n uint64) bool {
	if n < 2 {
		return false
	}
	for _, p := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		if n%p == 0 {
			return n == p
		}
	}
	d, s := n-1, 0
	for d%2 == 0 {
		d /= 2
		s++
	}
	for _, a := range []uint64{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37} {
		x := powmod(a, d, n)
		if x == 1 || x == n-1 {
			continue
		}
		composite := true
		for r := 1; r < s; r++ {
			x = mulmod(x, x, n)
			if x == n-1 {
				composite = false
				break
			}
		}
		if composite {
			return false
		}
	}
	return true
}

func factor(n uint64) []uint64 {
	var out []uint64
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			out = append(out, p)
			n /= p
		}
	}
	if n > 1 {
		out = append(out, n)
	}
	return out
}

func gcd(a, b uint64) uint64 {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	fmt.Println(powmod(2, 10, 1000), powmod(3, 200, 1000000007), powmod(7, 18446744073709551615, 18446744073709551557))
	for _, n := range []uint64{1, 2, 97, 561, 7919, 1000000007, 18446744073709551557, 18446744073709551615, 4294967291, 4294967297} {
		fmt.Println(n, isPrime(n))
	}
	for _, n := range []uint64{360, 97, 1001, 600851475143, 4294967297, 1 << 40} {
		fmt.Println(n, factor(n))
	}
	fmt.Println(gcd(1071, 462), gcd(1<<60, 1<<40*3), gcd(0, 5))
	perfect := []int{}
	for n := 2; n < 10000; n++ {
		s := 1
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				s += d
				if d*d != n {
					s += n / d
				}
			}
		}
		if s == n {
			perfect = append(perfect, n)
		}
	}
	fmt.Println(perfect)
}
