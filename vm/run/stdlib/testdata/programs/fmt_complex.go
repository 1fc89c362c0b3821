// fmt of complex64 and complex128 values: Print/Println/%v, the float verbs with flags, width and
// precision, infinities and NaNs, map keys in order, and bad verbs.
package main

import (
	"fmt"
	"math"
)

type pair struct {
	Z complex128
	W complex64
}

func main() {
	a := complex(1, 2)
	b := complex(1.5, math.Copysign(0, -1))
	c := complex(math.Inf(1), math.NaN())
	var d complex64 = complex(0.1, -0.2)
	fmt.Println(a, b, c, d, -a, a*a, a/complex(0, 1))
	fmt.Print(a, b, "\n")
	fmt.Printf("%v %g %e %f %.2f %E %G %F\n", a, a, a, a, a, a, a, a)
	fmt.Printf("%v %g %.3e %.1f\n", d, d, d, d)
	fmt.Printf("%+v %+.2f % .1f %8.2f|%-8.1f|%08.2f\n", a, a, a, a, a, a)
	fmt.Printf("%x %X %b\n", complex(1, -0.5), complex(255, 16), complex(1, 2))
	fmt.Printf("%v %f %5.1f %+g\n", c, c, complex(math.Inf(-1), math.Inf(1)), c)
	fmt.Printf("%#v %#g %#.3v\n", a, complex(1, 2), complex(2, 3))
	fmt.Printf("%d %s %q\n", a, a, d)
	fmt.Printf("%T %T\n", a, d)
	fmt.Println(complex(1e21, 1e-7), complex(123456789.0, 0.000001234), complex64(complex(1e21, 3.4e38)))
	fmt.Println(map[complex128]string{complex(2, 1): "c", complex(1, 5): "b", complex(1, -1): "a"})
	fmt.Println(pair{a, d}, []complex128{a, b}, &pair{})
	fmt.Printf("%+v %#v\n", pair{a, d}, pair{a, d})
	var i interface{} = complex(3, 4)
	fmt.Println(i, fmt.Sprint(i, i), fmt.Sprintf("%6.2v", i))
}
