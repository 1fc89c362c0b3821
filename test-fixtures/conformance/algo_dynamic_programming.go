package main

import "fmt"

func lcs(a, b string) string {
	dp := make([][]int, len(a)+1)
	for i := range dp {
		dp[i] = make([]int, len(b)+1)
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				dp[i][j] = dp[i-1][j-1] + 1
			} else if dp[i-1][j] >= dp[i][j-1] {
				dp[i][j] = dp[i-1][j]
			} else {
				dp[i][j] = dp[i][j-1]
			}
		}
	}
	out := []byte{}
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append([]byte{a[i-1]}, out...)
			i--
			j--
		case dp[i-1][j] >= dp[i][j-1]:
			i--
		default:
			j--
		}
	}
	return string(out)
}

func levenshtein(a, b []rune) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = prev[j] + 1
			if cur[j-1]+1 < cur[j] {
				cur[j] = cur[j-1] + 1
			}
			if prev[j-1]+cost < cur[j] {
				cur[j] = prev[j-1] + cost
			}
		}
		prev = cur
	}
	return prev[len(b)]
}

func knapsack(weights, values []int, capacity int) int {
	best := make([]int, capacity+1)
	for i := range weights {
		for c := capacity; c >= weights[i]; c-- {
			if v := best[c-weights[i]] + values[i]; v > best[c] {
				best[c] = v
			}
		}
	}
	return best[capacity]
}

func coinWays(coins []int, amount int) uint64 {
	ways := make([]uint64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for a := c; a <= amount; a++ {
			ways[a] += ways[a-c]
		}
	}
	return ways[amount]
}

func main() {
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("the quick brown fox", "a quick brown dog"))
	fmt.Println(levenshtein([]rune("kitten"), []rune("sitting")), levenshtein([]rune("héllo"), []rune("hello")), levenshtein(nil, []rune("abc")))
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7), knapsack([]int{10, 20, 30}, []int{60, 100, 120}, 50))
	fmt.Println(coinWays([]int{1, 2, 5}, 5), coinWays([]int{1, 5, 10, 25, 50}, 100), coinWays([]int{1, 2, 3, 5, 7, 11}, 500))
}
