package main

import "fmt"

func gcd(a, b int) int {
loop:
	if b == 0 {
		return a
	}
	a, b = b, a%b
	goto loop
}

func main() {
	i := 0
start:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto start
	}
	fmt.Println()
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	n := 27
	steps := 0
collatz:
	if n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		goto collatz
	}
	fmt.Println("steps", steps)
	for j := 0; j < 10; j++ {
		if j == 3 {
			goto done
		}
		fmt.Println("j", j)
	}
done:
	fmt.Println("done")
}
