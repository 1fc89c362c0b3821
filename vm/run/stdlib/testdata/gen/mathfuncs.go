// Prints the math golden (../mathfuncs.txt): function name, argument bits, result bits for Go's
// portable math code. Run with GOARCH=386 (whose Exp and Log are the portable ones, as on most
// ports): GOARCH=386 go run mathfuncs.go > ../mathfuncs.txt
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(7))
	args := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, 3, 10, 0.1, 1e-10, 1e-300, 5e-324, 1e10, 1e20, 1e300,
		math.Pi, math.Pi / 2, math.Pi / 4, 100, 709, 710, -745, -746, 1 << 29, 1 << 40, 1e18, 0.7, 0.66, 2.5, 21, 22, 0.625, 44,
		math.Inf(1), math.Inf(-1), math.NaN()}
	for i := 0; i < 120; i++ {
		args = append(args, (r.Float64()*2-1)*math.Pow(10, float64(r.Intn(12)-6)))
	}
	for i := 0; i < 20; i++ {
		args = append(args, math.Float64frombits(r.Uint64()))
	}
	one := map[string]func(float64) float64{
		"Sin": math.Sin, "Cos": math.Cos, "Tan": math.Tan, "Asin": math.Asin, "Acos": math.Acos, "Atan": math.Atan,
		"Sinh": math.Sinh, "Cosh": math.Cosh, "Tanh": math.Tanh, "Asinh": math.Asinh, "Acosh": math.Acosh, "Atanh": math.Atanh,
		"Exp": math.Exp, "Exp2": math.Exp2, "Expm1": math.Expm1, "Log": math.Log, "Log2": math.Log2, "Log10": math.Log10,
		"Log1p": math.Log1p, "Cbrt": math.Cbrt, "Sqrt": math.Sqrt, "Round": math.Round, "RoundToEven": math.RoundToEven,
		"Floor": math.Floor, "Ceil": math.Ceil, "Trunc": math.Trunc,
	}
	names := []string{"Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh",
		"Exp", "Exp2", "Expm1", "Log", "Log2", "Log10", "Log1p", "Cbrt", "Sqrt", "Round", "RoundToEven", "Floor", "Ceil", "Trunc"}
	for _, name := range names {
		for _, a := range args {
			fmt.Printf("%s\t%016x\t%016x\n", name, math.Float64bits(a), math.Float64bits(one[name](a)))
		}
	}
	two := map[string]func(float64, float64) float64{"Pow": math.Pow, "Atan2": math.Atan2, "Hypot": math.Hypot,
		"Mod": math.Mod, "Remainder": math.Remainder, "Max": math.Max, "Min": math.Min, "Dim": math.Dim, "Nextafter": math.Nextafter}
	for i := 0; i < 200; i++ {
		a, b, c := args[r.Intn(len(args))], args[r.Intn(len(args))], args[r.Intn(len(args))]
		if i%2 == 0 {
			a, b, c = r.Float64()*10-5, r.Float64()*10-5, -(r.Float64() * 10)
		}
		fmt.Printf("FMA\t%016x\t%016x\t%016x\t%016x\n", math.Float64bits(a), math.Float64bits(b), math.Float64bits(c), math.Float64bits(math.FMA(a, b, c)))
	}
	for _, a := range args {
		fmt.Printf("Logb\t%016x\t%016x\n", math.Float64bits(a), math.Float64bits(math.Logb(a)))
	}
	names2 := []string{"Pow", "Atan2", "Hypot", "Mod", "Remainder", "Max", "Min", "Dim", "Nextafter"}
	for _, name := range names2 {
		for i := 0; i < 200; i++ {
			a := args[r.Intn(len(args))]
			b := args[r.Intn(len(args))]
			if i%3 == 0 {
				b = float64(r.Intn(41) - 20)
			}
			fmt.Printf("%s\t%016x\t%016x\t%016x\n", name, math.Float64bits(a), math.Float64bits(b), math.Float64bits(two[name](a, b)))
		}
	}
}
