package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parsePort(s string) (int, error) {
	n, err := strconv.ParseUint(s, 10, 16)
	if err != nil {
		return 0, fmt.Errorf("port %q: %w", s, err)
	}
	if n == 0 {
		return 0, errors.New("port 0 is reserved")
	}
	return int(n), nil
}

func main() {
	for _, s := range []string{"80", "65535", "65536", "-1", "http", "0", ""} {
		port, err := parsePort(s)
		if err != nil {
			var ne *strconv.NumError
			switch {
			case errors.As(err, &ne):
				fmt.Printf("%s | func=%s num=%q range=%v syntax=%v unwrap=%v\n", err, ne.Func, ne.Num, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax), ne.Unwrap())
			default:
				fmt.Println("other:", err)
			}
			continue
		}
		fmt.Println("port", port)
	}
	e := &strconv.NumError{Func: "Custom", Num: "x", Err: errors.New("made up")}
	fmt.Println(e, e.Error())
	fmt.Printf("%v %+v\n", strconv.ErrRange, strconv.ErrSyntax)
}
