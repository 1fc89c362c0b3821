package main

func f(a, b, c int, s []int) {
	_ = a+b*c
	_ = a + b + c
	_ = a*b + c*a
	_ = (a+b)*c
	_ = a<<2|b
	_ = a == b && b != c || a < c
	_ = f2(a+b, c*2)
	_ = f2(a + b)
	_ = s[a+1 : b*2]
	_ = s[a:b]
	_ = s[:len(s)-1]
	_ = -a + ^b
	_ = !(a > b)
	x := - -a
	_ = x
}

func f2(xs ...int) int { return 0 }
