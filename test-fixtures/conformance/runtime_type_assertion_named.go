package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func main() {
	temps := []interface{}{Celsius(21.5), Fahrenheit(70), Celsius(-40), 20.0}
	for _, t := range temps {
		switch v := t.(type) {
		case Celsius:
			fmt.Println("C", v, v.ToF())
		case Fahrenheit:
			fmt.Println("F", v)
		default:
			fmt.Printf("other %T\n", v)
		}
	}
	var t interface{} = Celsius(21.5)
	c := t.(Celsius)
	fmt.Println(c)
	f := t.(Fahrenheit)
	fmt.Println(f)
}
