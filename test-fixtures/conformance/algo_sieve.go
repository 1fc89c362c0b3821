package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func main() {
	p := sieve(10000)
	fmt.Println(len(p), p[:25], p[len(p)-5:])
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println("sum", sum)
	gaps := map[int]int{}
	maxGap := 0
	for i := 1; i < len(p); i++ {
		g := p[i] - p[i-1]
		gaps[g]++
		if g > maxGap {
			maxGap = g
			fmt.Println("new max gap", g, "after", p[i-1])
		}
	}
	fmt.Println(gaps[2], gaps[4], gaps[6], len(gaps))
	twins := 0
	for i := 1; i < len(p); i++ {
		if p[i]-p[i-1] == 2 {
			twins++
		}
	}
	fmt.Println("twins", twins)
}
