package main

import "fmt"

func main() {
	for _, f := range []float64{0.9, -0.9, 1.5, -1.5, 2.5, 1e10, -1e10, 123456.789, 4294967295.5, 9.2e18} {
		fmt.Println(f, int(f), int64(f), int32(int64(f)), uint8(int64(f)))
	}
	for _, f := range []float32{0.5, 100.99, 7.5, 65535.9} {
		fmt.Println(f, int(f), uint16(f))
	}
	n := 7
	fmt.Println(float64(n)/2, float64(n/2), n/2*2, float32(n)/3)
	var u uint64 = 1<<63 + 1
	fmt.Println(float64(u), float32(u), uint64(float64(u)))
	var i int64 = -1 << 63
	fmt.Println(float64(i), int64(float64(i)))
	fmt.Println(int(float64(1<<53)+1), int(float64(1<<53+1)))
	const c = 19.99 * 100
	fmt.Println(c, int64(c), c == 1999)
	price := 19.99
	fmt.Println(int64(price*100), int64(price*100+0.5))
}
