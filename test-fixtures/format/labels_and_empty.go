package main

func f() {
L:
	for {
		break L
	}
	{
	}
M:
}
