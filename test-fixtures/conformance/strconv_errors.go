package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12x")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println(numErr.Func, numErr.Num, numErr.Err)
		fmt.Println(numErr.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	}
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseFloat("1e999", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	_, err = strconv.ParseUint("", 10, 64)
	fmt.Println(err)
	n, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("128", 10, 8)
	fmt.Println(n, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	fmt.Printf("%v|%q|%T\n", strconv.ErrRange, strconv.ErrSyntax.Error(), err)
}
