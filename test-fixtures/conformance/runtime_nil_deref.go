package main

import "fmt"

type Config struct {
	Name  string
	Limit int
}

func limit(c *Config) int { return c.Limit }

func main() {
	c := &Config{"x", 3}
	fmt.Println(limit(c))
	c = nil
	fmt.Println(limit(c))
}
