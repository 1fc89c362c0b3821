package main

import (
	"fmt"
	"math"
)

func main() {
	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 0}
	for _, v := range specials {
		fmt.Printf("[%v] [%+v] [% v] [%8v] [%-8v] [%08v] [%+08.2f] [%e] [% g] [%x] [%.2f]\n", v, v, v, v, v, v, v, v, v, v, v)
	}
	for _, v := range []float32{float32(math.Inf(1)), float32(math.NaN()), float32(math.Copysign(0, -1))} {
		fmt.Printf("[%v] [%g] [%f] [%+e]\n", v, v, v, v)
	}
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.Copysign(0, -1))
	fmt.Println([]float64{math.Inf(1), math.NaN()}, map[string]float64{"inf": math.Inf(-1)})
	fmt.Printf("%#v %#v %#v\n", math.Inf(1), math.NaN(), math.Copysign(0, -1))
	fmt.Printf("%5.1f|%-6.1f|%06.1f\n", math.Inf(1), math.NaN(), math.Inf(-1))
	fmt.Println(fmt.Sprint(math.NaN()) == "NaN", fmt.Sprintf("%d", math.Inf(1)))
}
