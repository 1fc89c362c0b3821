package main

import (
	"fmt"
	"strings"
)

func validate(name string) string {
	if strings.TrimSpace(name) == "" {
		panic("something went wrong: empty name after " + fmt.Sprint(len(name)) + " bytes")
	}
	return strings.ToUpper(name[:1]) + name[1:]
}

func main() {
	defer fmt.Println("deferred runs before the crash")
	fmt.Println("before")
	values := []string{"alice", "bob", "   ", "carol"}
	for i, v := range values {
		fmt.Println("value", i, validate(v))
	}
	fmt.Println("unreachable")
}
