package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Token struct {
	Kind string
	Text string
}

func lex(src string) []Token {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case c >= '0' && c <= '9':
			j := i
			for j < len(src) && src[j] >= '0' && src[j] <= '9' {
				j++
			}
			toks = append(toks, Token{"num", src[i:j]})
			i = j
		case strings.ContainsRune("+-*/()%", rune(c)):
			toks = append(toks, Token{"op", string(c)})
			i++
		default:
			toks = append(toks, Token{"bad", string(c)})
			i++
		}
	}
	return toks
}

type Parser struct {
	toks []Token
	pos  int
}

func (p *Parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos].Text
	}
	return ""
}

func (p *Parser) expr() int64 {
	v := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.toks[p.pos].Text
		p.pos++
		r := p.term()
		if op == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *Parser) term() int64 {
	v := p.factor()
	for p.peek() == "*" || p.peek() == "/" || p.peek() == "%" {
		op := p.toks[p.pos].Text
		p.pos++
		r := p.factor()
		switch op {
		case "*":
			v *= r
		case "/":
			v /= r
		case "%":
			v %= r
		}
	}
	return v
}

func (p *Parser) factor() int64 {
	t := p.toks[p.pos]
	p.pos++
	switch {
	case t.Text == "(":
		v := p.expr()
		p.pos++
		return v
	case t.Text == "-":
		return -p.factor()
	case t.Kind == "num":
		n, err := strconv.ParseInt(t.Text, 10, 64)
		if err != nil {
			panic(err)
		}
		return n
	}
	panic("unexpected " + t.Text)
}

func eval(src string) (result string) {
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("error: ", r)
		}
	}()
	p := &Parser{toks: lex(src)}
	return fmt.Sprint(p.expr())
}

func main() {
	for _, src := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-7 / 2", "-7 % 3", "2 * (3 + 4) * (5 - 1)", "9223372036854775807 + 1", "10 / (5 - 5)", "1 + $", "99999999999999999999", "((((42))))"} {
		fmt.Printf("%-28s => %s\n", src, eval(src))
	}
}
