package main

func f() {
L:
	;
	goto L
M:
	for {
		break M
	}
N:
}
