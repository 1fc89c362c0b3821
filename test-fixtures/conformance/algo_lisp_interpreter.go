package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}
type Symbol string
type List []Value
type Builtin func(args []Value) Value
type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) find(s Symbol) Value {
	for cur := e; cur != nil; cur = cur.outer {
		if v, ok := cur.vars[s]; ok {
			return v
		}
	}
	panic("unbound symbol " + string(s))
}

func tokenize(src string) []string {
	return strings.Fields(strings.NewReplacer("(", " ( ", ")", " ) ").Replace(src))
}

func read(tokens *[]string) Value {
	t := (*tokens)[0]
	*tokens = (*tokens)[1:]
	if t == "(" {
		var l List
		for (*tokens)[0] != ")" {
			l = append(l, read(tokens))
		}
		*tokens = (*tokens)[1:]
		return l
	}
	if n, err := strconv.ParseInt(t, 10, 64); err == nil {
		return n
	}
	return Symbol(t)
}

func eval(x Value, env *Env) Value {
	switch v := x.(type) {
	case Symbol:
		return env.find(v)
	case int64:
		return v
	case List:
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "if":
				if eval(v[1], env) != false {
					return eval(v[2], env)
				}
				return eval(v[3], env)
			case "define":
				env.vars[v[1].(Symbol)] = eval(v[2], env)
				return nil
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, v[2], env}
			case "quote":
				return v[1]
			}
		}
		f := eval(v[0], env)
		var args []Value
		for _, a := range v[1:] {
			args = append(args, eval(a, env))
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Lambda:
			inner := &Env{map[Symbol]Value{}, fn.env}
			for i, p := range fn.params {
				inner.vars[p] = args[i]
			}
			return eval(fn.body, inner)
		}
		panic(fmt.Sprintf("not a function: %v", f))
	}
	panic("bad expression")
}

func arith(op func(a, b int64) int64) Builtin {
	return func(args []Value) Value {
		acc := args[0].(int64)
		for _, a := range args[1:] {
			acc = op(acc, a.(int64))
		}
		return acc
	}
}

func run(src string, env *Env) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("error: ", r)
		}
	}()
	toks := tokenize(src)
	return fmt.Sprint(eval(read(&toks), env))
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+": arith(func(a, b int64) int64 { return a + b }),
		"-": arith(func(a, b int64) int64 { return a - b }),
		"*": arith(func(a, b int64) int64 { return a * b }),
		"<": Builtin(func(a []Value) Value { return a[0].(int64) < a[1].(int64) }),
		"=": Builtin(func(a []Value) Value { return a[0] == a[1] }),
	}}
	programs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 20)", "(fact 21)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 20)",
		"(define make-adder (lambda (x) (lambda (y) (+ x y))))",
		"((make-adder 10) 32)", "(quote (a b (c)))", "(= 3 3)", "(undefined 1)", "(1 2)",
	}
	for _, p := range programs {
		fmt.Printf("%-70s => %s\n", p, run(p, global))
	}
}
