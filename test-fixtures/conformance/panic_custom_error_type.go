package main

import "fmt"

type ValidationError struct {
	Field string
	Value int
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %d", v.Field, v.Value)
}

func validate(age int) {
	if age < 0 {
		panic(ValidationError{"age", age})
	}
	fmt.Println("valid age", age)
}

func main() {
	validate(30)
	validate(0)
	validate(-4)
}
