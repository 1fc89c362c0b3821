package main

const (
	d = 1_000_000
	h = 0xBad_Face
	H = 0X_FF
	o = 0o660
	O = 0O7_7
	legacy = 0660
	b = 0b1010_1010
	B = 0B11
	f1 = 0.
	f2 = 72.40
	f3 = 072.40
	f4 = 2.71828
	f5 = 1.e+0
	f6 = 6.67428e-11
	f7 = 1E6
	f8 = .25
	f9 = .12345E+5
	f10 = 1_5.
	f11 = 0.15e+0_2
	x1 = 0x1p-2
	x2 = 0x2.p10
	x3 = 0x1.Fp+0
	x4 = 0X.8p-0
	x5 = 0X_1FFFP-16
	i1 = 0i
	i2 = 0123i
	i3 = 0o123i
	i4 = 0xabci
	i5 = 2.71828i
	i6 = 1.e+0i
	i7 = 0x1p-2i
)

const (
	r1 = 'a'
	r2 = 'ä'
	r3 = '本'
	r4 = '\t'
	r5 = '\000'
	r6 = '\007'
	r7 = '\377'
	r8 = '\x07'
	r9 = '\xff'
	r10 = '\u12e4'
	r11 = '\U00101234'
	r12 = '\''
	r13 = '\a' + '\b' + '\f' + '\n' + '\r' + '\v' + '\\'
)

const (
	s1 = `abc`
	s2 = `\n
\n`
	s3 = "\n"
	s4 = "\""
	s5 = "Hello, world!\n"
	s6 = "日本語"
	s7 = "\u65e5本\U00008a9e"
	s8 = "\xff\u00FF"
	s9 = "\a\b\f\n\r\t\v\\\"\101"
)
