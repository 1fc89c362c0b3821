package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Engine struct {
	Power int
	Name  string
}

func (e Engine) Start() string    { return fmt.Sprintf("engine %s (%d hp) started", e.Name, e.Power) }
func (e Engine) Describe() string { return "engine " + e.Name }

type Wheels struct {
	Count int
	Name  string
}

func (w Wheels) Describe() string { return fmt.Sprintf("%d wheels", w.Count) }

type Car struct {
	Engine
	Wheels
	*Logger
	Name string
}

func (c Car) Describe() string {
	return c.Name + ": " + c.Engine.Describe() + ", " + c.Wheels.Describe()
}

func main() {
	c := Car{Engine{300, "V8"}, Wheels{4, "alloy"}, &Logger{prefix: "> "}, "roadster"}
	fmt.Println(c.Name, c.Engine.Name, c.Wheels.Name, c.Power, c.Count)
	fmt.Println(c.Start())
	fmt.Println(c.Describe())
	c.Log("first")
	c.Logger.Log("second")
	fmt.Println(c.lines, len(c.Logger.lines))
	d := c
	d.Log("shared")
	d.Power = 1
	fmt.Println(len(c.lines), c.Power, d.Power)
	type Starter interface{ Start() string }
	var s Starter = c
	fmt.Println(s.Start())
	fmt.Printf("%v\n", c.Engine)
	fmt.Printf("%+v\n", c.Wheels)
}
