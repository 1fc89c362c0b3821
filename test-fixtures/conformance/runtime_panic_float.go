package main

import "fmt"

type reading struct {
	sensor string
	value  float64
}

func average(rs []reading) float64 {
	sum := 0.0
	for _, r := range rs {
		sum += r.value
	}
	return sum / float64(len(rs))
}

func main() {
	rs := []reading{{"a", 1.5}, {"b", 2.25}, {"c", 3.75}}
	for _, r := range rs {
		fmt.Printf("%s=%.2f ", r.sensor, r.value)
	}
	fmt.Println()
	ratio := average(rs)
	fmt.Println("ratio", ratio)
	defer fmt.Println("deferred before crash, ratio*3 =", ratio*3)
	panic(ratio * 3)
}
