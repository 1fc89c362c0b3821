package main

import "fmt"

const Huge = 1 << 100
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Small = Huge >> 98

type Celsius float64
type Count int

func describe(v interface{}) string { return fmt.Sprintf("%T=%v", v, v) }

func main() {
	fmt.Println(Small, Huge/Huge, Huge>>99)
	fmt.Println(Pi, float32(Pi))
	var c Celsius = 100
	var n Count = 3
	fmt.Println(c/3, n/2, c*Pi, n*10)
	fmt.Println(describe(1), describe(1.0), describe('1'), describe("1"), describe(1<<3), describe(2.0*3))
	fmt.Println(describe(c), describe(n+1), describe(Small), describe(Pi))
	const f = 5 / 2
	const g = 5.0 / 2
	const h = 5 / 2.0
	var i int = 5 / 2.0 * 2
	fmt.Println(f, g, h, i)
	var x float64 = 1 / 2
	var y float64 = 1.0 / 2
	fmt.Println(x, y)
	const r = 'a' * 2
	fmt.Println(r, describe(r))
	var b byte = 'a' + 25
	fmt.Println(b, string(rune(b)))
	const boolc = 3 > 2
	fmt.Println(boolc, describe(boolc))
	const s = "con" + "cat"
	fmt.Println(s, len(s), describe(len(s)))
	var u uint8 = Huge >> 95
	fmt.Println(u)
	fmt.Println(1e3, describe(1e3), int64(1e18))
}
