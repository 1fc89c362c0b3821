package main

import (
	"crypto/sha256"
	"fmt"
	"sort"
	"strings"
)

type Big [512]int32

func bump(b Big, k int32) Big {
	for i := range b {
		b[i] += k * int32(i)
	}
	return b
}

func main() {
	var acc uint64 = 1
	for i := uint64(0); i < 5000000; i++ {
		acc = acc*2862933555777941757 + i
		acc ^= acc >> 29
	}
	fmt.Println("mix", acc)
	limit := 2000000
	composite := make([]bool, limit+1)
	count := 0
	for i := 2; i <= limit; i++ {
		if !composite[i] {
			count++
			for j := i * i; j <= limit; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println("primes below 2e6:", count)
	m := make(map[int]int)
	for i := 0; i < 200000; i++ {
		m[i*7919%200003] = i
	}
	for i := 0; i < 200000; i += 3 {
		delete(m, i)
	}
	sum := 0
	for k, v := range m {
		sum += k ^ v
	}
	fmt.Println("map", len(m), sum)
	var sb strings.Builder
	for i := 0; i < 100000; i++ {
		sb.WriteString("line ")
		sb.WriteString(fmt.Sprint(i))
		sb.WriteByte('\n')
	}
	text := sb.String()
	fmt.Printf("text %d %x\n", len(text), sha256.Sum256([]byte(text)))
	var b Big
	for k := int32(0); k < 300; k++ {
		b = bump(b, k)
	}
	fmt.Println("array", b[1], b[511], b[255])
	words := strings.Fields(strings.Repeat("delta alpha charlie bravo echo ", 20000))
	sort.Strings(words)
	fmt.Println("sorted", len(words), words[0], words[len(words)-1], words[50000])
	fib := make([]uint64, 90)
	fib[0], fib[1] = 0, 1
	for r := 0; r < 20000; r++ {
		for i := 2; i < len(fib); i++ {
			fib[i] = fib[i-1] + fib[i-2]
		}
	}
	fmt.Println("fib", fib[89])
}
