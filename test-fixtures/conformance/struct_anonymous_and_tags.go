package main

import "fmt"

type Config struct {
	Server struct {
		Host string
		Port int
	}
	Limits [2]struct{ Min, Max int }
	Flags  map[string]bool
}

func main() {
	var c Config
	c.Server.Host = "localhost"
	c.Server.Port = 8080
	c.Limits[1].Max = 10
	fmt.Printf("%v\n%+v\n", c, c)
	points := []struct{ X, Y int }{{1, 2}, {3, 4}}
	points = append(points, struct{ X, Y int }{5, 6})
	fmt.Println(points, len(points))
	pair := struct {
		Key   string
		Value interface{}
	}{"k", []string{"v"}}
	fmt.Printf("%v %+v\n", pair, pair)
	type T1 struct{ A int }
	type T2 struct{ A int }
	t1 := T1{1}
	t2 := T2(t1)
	fmt.Println(t1, t2, t1 == T1(t2))
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	fmt.Printf("%v|%+v|%#v\n", empty, empty, struct{ a, b int }{1, 2})
}
