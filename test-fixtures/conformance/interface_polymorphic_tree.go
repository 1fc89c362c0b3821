package main

import (
	"fmt"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) float64
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(map[string]float64) float64     { return float64(n) }
func (n Num) String() string                      { return fmt.Sprint(float64(n)) }
func (v Var) Eval(env map[string]float64) float64 { return env[string(v)] }
func (v Var) String() string                      { return string(v) }

func (b Bin) Eval(env map[string]float64) float64 {
	l, r := b.L.Eval(env), b.R.Eval(env)
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (c Call) Eval(env map[string]float64) float64 {
	switch c.Fn {
	case "max":
		m := c.Args[0].Eval(env)
		for _, a := range c.Args[1:] {
			if v := a.Eval(env); v > m {
				m = v
			}
		}
		return m
	case "neg":
		return -c.Args[0].Eval(env)
	}
	return 0
}
func (c Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}

func main() {
	env := map[string]float64{"x": 3, "y": 0.5}
	exprs := []Expr{
		Num(2),
		Bin{'+', Var("x"), Num(1)},
		Bin{'*', Bin{'-', Var("x"), Var("y")}, Num(4)},
		Call{"max", []Expr{Var("x"), Num(7), Bin{'/', Num(1), Var("y")}}},
		Call{"neg", []Expr{Bin{'/', Num(1), Num(0)}}},
		Bin{'/', Num(0), Var("missing")},
	}
	for _, e := range exprs {
		fmt.Printf("%-40s = %v\n", e, e.Eval(env))
	}
	fmt.Println(exprs[2])
}
