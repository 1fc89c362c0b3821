package main

import (
	"errors"
	"fmt"
)

func check(n int) error {
	if n > 2 {
		return fmt.Errorf("check %d: %w", n, errors.New("too big"))
	}
	return nil
}

func main() {
	for i := 0; i < 5; i++ {
		if err := check(i); err != nil {
			fmt.Println("failing at", i)
			panic(err)
		}
		fmt.Println("ok", i)
	}
}
