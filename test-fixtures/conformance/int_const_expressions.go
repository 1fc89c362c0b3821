package main

import "fmt"

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
	TB
	PB
	EB
)

const big = 1 << 200
const ratio = big / (1 << 195)
const third = 1.0 / 3
const mixed = 7 / 2 * 2.0
const intDiv = 7 / 2
const floatDiv = 7 / 2.0
const huge = 1e300 * 1e300 / 1e300

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

func main() {
	fmt.Println(KB, MB, GB, TB, PB, EB)
	fmt.Println(ratio, intDiv, floatDiv, mixed)
	fmt.Println(third, third*3 == 1, huge)
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(a, b, c, d, e, f)
	const x = 'a' + 1
	fmt.Println(x, string(rune(x)))
	fmt.Printf("%T %T %T %T\n", KB, third, 'x', "str"+"ing")
	const shifted = 1 << 62 >> 60
	fmt.Println(shifted, -7>>1, ^0, ^uint8(0), ^int8(5))
	const m = 0xFF &^ 0x0F
	fmt.Println(m, 0b1011, 0o17, 017, 1_000_000, 0x_FF)
	var u8 uint8 = 255 - 5*50
	fmt.Println(u8, big/big, big%7)
}
