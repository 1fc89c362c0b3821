package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

func limit(c *Config) int { return c.Limit }

func find(cs []*Config, name string) *Config {
	for _, c := range cs {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func main() {
	cs := []*Config{{"x", 3}, {"y", 7}}
	fmt.Println(limit(find(cs, "x")), limit(find(cs, "y")))
	c := find(cs, "z")
	fmt.Println(c == nil)
	fmt.Println(limit(c))
}
