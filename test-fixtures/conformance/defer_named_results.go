package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 5
	return n + 1
}

func tripleReturn() (n int) {
	defer func() { n += 100 }()
	return 1
}

func unnamed() int {
	n := 5
	defer func() { n *= 2 }()
	return n
}

func withErr(fail bool) (result string, err error) {
	defer func() {
		if err != nil {
			result = "failed: " + err.Error()
			err = fmt.Errorf("wrapped: %w", err)
		}
	}()
	if fail {
		return "", errors.New("bad")
	}
	return "ok", nil
}

func multiple() (a, b int) {
	defer func() { a, b = b, a }()
	defer func() { a++ }()
	return 1, 2
}

func recoverValue() (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			v = -1
		}
	}()
	v = 10
	panic("oops")
}

func main() {
	fmt.Println(double(), tripleReturn(), unnamed())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(multiple())
	fmt.Println(recoverValue())
}
