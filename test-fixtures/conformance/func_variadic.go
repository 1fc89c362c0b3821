package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func describe(prefix string, vals ...interface{}) string {
	return fmt.Sprintf("%s(%d): %v", prefix, len(vals), vals)
}

func modify(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 999
	}
}

func isNil(nums ...int) bool { return nums == nil }

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...), sum(s[1:]...))
	modify(s...)
	fmt.Println(s)
	modify(1, 2)
	fmt.Println(isNil(), isNil(s...), isNil([]int{}...), isNil(nil...))
	fmt.Println(describe("none"))
	fmt.Println(describe("some", 1, "a", nil))
	args := []interface{}{"x", 2}
	fmt.Println(describe("spread", args...))
	fmt.Println(describe("nested", args))
	f := fmt.Sprint
	fmt.Println(f("a", 1, 2, "b"))
	g := func(xs ...string) int { return len(xs) }
	fmt.Println(g(), g("a", "b"))
	fmt.Printf("%T\n", sum)
}
