package main

import (
	"fmt"
	"strings"
)

type Money struct {
	Cents    int64
	Currency string
}

func (m Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Cents/100, m.Cents%100, m.Currency)
}

func (m Money) GoString() string {
	return fmt.Sprintf("Money(%d, %q)", m.Cents, m.Currency)
}

type Matrix [][]int

func (m Matrix) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v':
		if f.Flag('+') {
			for _, row := range m {
				fmt.Fprintln(f, row)
			}
			return
		}
		fmt.Fprintf(f, "Matrix%dx%d", len(m), len(m[0]))
	case 's':
		rows := make([]string, len(m))
		for i, r := range m {
			rows[i] = strings.Trim(fmt.Sprint(r), "[]")
		}
		w, ok := f.Width()
		s := strings.Join(rows, "; ")
		if ok && len(s) < w {
			s = strings.Repeat(".", w-len(s)) + s
		}
		fmt.Fprint(f, s)
	default:
		fmt.Fprintf(f, "%%!%c(Matrix)", verb)
	}
}

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%s|%+v|%#v\n", m, m, m, m)
	fmt.Printf("%#v\n", []Money{m, {5, "USD"}})
	fmt.Printf("%#v\n", map[string]Money{"a": m})
	fmt.Printf("%d\n", m)
	mat := Matrix{{1, 2}, {3, 4}}
	fmt.Printf("%v\n", mat)
	fmt.Printf("%+v", mat)
	fmt.Printf("[%s] [%20s]\n", mat, mat)
	fmt.Printf("%d %x\n", mat, mat)
	fmt.Println(mat)
	fmt.Println(fmt.Sprint(mat), fmt.Sprintf("%v", []Matrix{mat}))
}
