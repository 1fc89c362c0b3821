package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	}
	return "F"
}

func levels(n int) []string {
	var out []string
	switch n {
	case 3:
		out = append(out, "three")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 1:
		out = append(out, "one")
	case 0:
		out = append(out, "zero")
	default:
		out = append(out, "many")
		fallthrough
	case -1:
		out = append(out, "neg-or-many")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for i := -2; i <= 4; i++ {
		fmt.Println(i, levels(i))
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 2 {
	case f(1), f(2), f(3):
		fmt.Println("matched, calls:", calls)
	}
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5, 6:
		fmt.Println("medium", x)
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("yes")
	}
	switch {
	default:
		fmt.Println("default first")
	case false:
	}
	var r rune = 'é'
	switch {
	case r < 128:
		fmt.Println("ascii")
	case r < 0x800:
		fmt.Println("two bytes")
	}
}
