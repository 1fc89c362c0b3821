package main

import "fmt"

func scan(input string) []string {
	var tokens []string
	i := 0
	start := 0
next:
	if i >= len(input) {
		goto end
	}
	if input[i] == ' ' {
		i++
		goto next
	}
	start = i
	if input[i] >= '0' && input[i] <= '9' {
		goto number
	}
	goto word
number:
	for i < len(input) && input[i] >= '0' && input[i] <= '9' {
		i++
	}
	tokens = append(tokens, "N("+input[start:i]+")")
	goto next
word:
	for i < len(input) && input[i] != ' ' && (input[i] < '0' || input[i] > '9') {
		i++
	}
	tokens = append(tokens, "W("+input[start:i]+")")
	goto next
end:
	return tokens
}

func main() {
	fmt.Println(scan("abc 123 de45f  6"))
	fmt.Println(scan(""))
	fmt.Println(scan("   x"))
	n := 0
retry:
	n++
	if n < 3 {
		fmt.Println("attempt", n)
		goto retry
	}
	fmt.Println("succeeded after", n)
}
