package main

const (
	h = 0XFF
	o = 0O17
	b = 0B101
	e = 1E6
	hp = 0X1P-2
	im = 0123i
	raw = `keep
  as is`
	r = 'x'
)
