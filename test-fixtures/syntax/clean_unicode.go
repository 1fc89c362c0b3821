package main

import "fmt"

var π = 3.14159
var 日本語 = "日本語"
var ünïcödé = 'é'
var emoji = "😀 and 𝔘"

func Ĝ(ёлка int) int { return ёлка }

func main() {
	fmt.Println(π, 日本語, ünïcödé, emoji, Ĝ(1))
}
