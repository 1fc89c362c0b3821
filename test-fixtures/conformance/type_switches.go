package main

import "fmt"

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ Name string }

func (Dog) Sound() string    { return "woof" }
func (c *Cat) Sound() string { return c.Name + " meows" }

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice sum ", sum(x))
	case Animal:
		return "animal says " + x.Sound()
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	vals := []interface{}{nil, 1, int64(2), "abc", []int{1, 2, 3}, Dog{}, &Cat{"tom"}, Cat{"x"}, fmt.Errorf("e%d", 1), func() int { return 7 }, 3.5, map[string]int{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var a Animal = Dog{}
	switch a.(type) {
	case *Cat:
		fmt.Println("cat")
	case Dog:
		fmt.Println("dog")
	}
	switch t := interface{}(uint8(3)).(type) {
	case int:
		fmt.Println("int", t)
	default:
		fmt.Printf("%T %v\n", t, t)
	}
}
