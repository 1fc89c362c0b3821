package main

func f() int { return 1 }

func main() {
	if x := f() // ERROR "unexpected newline, expecting { after if clause"
	{
	}
}
