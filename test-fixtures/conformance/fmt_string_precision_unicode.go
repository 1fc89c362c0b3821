package main

import "fmt"

func main() {
	words := []string{"héllo", "日本語テキスト", "🙂🙃😀", "abc", ""}
	for _, w := range words {
		fmt.Printf("[%.1s] [%.3s] [%8s] [%-8s] [%8.2s] [%.0s]\n", w, w, w, w, w, w)
	}
	for _, w := range words {
		fmt.Printf("[%10q] [%-10q] [%.2q] [%x] [%.2x]\n", w, w, w, w, w)
	}
	bytes := []byte("héllo")
	fmt.Printf("[%.2s] [%.3x] [%8s] [%.1q]\n", bytes, bytes, bytes, bytes)
	fmt.Printf("[%5c] [%-5c] [%5U]\n", '日', '本', '語')
	fmt.Printf("[%3s|%-3s]\n", "日本語テキスト", "🙂")
	fmt.Printf("[%6v] [%-6v]\n", "éé", "éé")
	fmt.Printf("[%.2v] [%.5v]\n", "日本語テキスト", "héllo wörld")
	bad := "a\xffb"
	fmt.Printf("[%s] [%q] [%+q] [%x] [%.2s] [%5s]\n", bad, bad, bad, bad, bad, bad)
}
