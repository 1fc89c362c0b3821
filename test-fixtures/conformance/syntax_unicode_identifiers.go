package main

import "fmt"

type Größe struct {
	Breite, Höhe float64
}

func (g Größe) Fläche() float64 { return g.Breite * g.Höhe }

const π = 3.14159

var 计数 = 0

func 增加() int {
	计数++
	return 计数
}

func main() {
	café := "open"
	naïve := true
	_x, x_ := 1, 2
	Ωmega := 'Ω'
	fmt.Println(café, naïve, _x+x_, string(Ωmega), Ωmega)
	g := Größe{Breite: 2, Höhe: 3.5}
	fmt.Println(g.Fläche(), π*2)
	fmt.Printf("%+v %T\n", g, g)
	for i := 0; i < 3; i++ {
		增加()
	}
	fmt.Println(计数)
	var αβγ = []string{"α", "β", "γ"}
	for ι, s := range αβγ {
		fmt.Print(ι, s, " ")
	}
	fmt.Println()
	ｘ := "fullwidth letter"
	fmt.Println(ｘ)
	var ǅ = 5
	fmt.Println(ǅ)
}
