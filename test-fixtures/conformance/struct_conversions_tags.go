package main

import (
	"encoding/json"
	"fmt"
)

type APIUser struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type DBUser struct {
	ID   int    `db:"user_id"`
	Name string `db:"user_name"`
}

type Celsius struct{ Deg float64 }
type Kelvin struct{ Deg float64 }

func main() {
	db := DBUser{7, "ann"}
	api := APIUser(db)
	b, _ := json.Marshal(api)
	fmt.Println(string(b))
	b, _ = json.Marshal(db)
	fmt.Println(string(b))
	back := DBUser(api)
	fmt.Println(back == db, back)
	anon := struct {
		ID   int
		Name string
	}{1, "x"}
	api = APIUser(anon)
	fmt.Printf("%+v %T\n", api, api)
	tagged := struct {
		ID   int    `json:"id"`
		Name string `json:"name"`
	}{2, "y"}
	var a2 APIUser = tagged
	fmt.Println(a2, a2 == APIUser(anon))
	c := Celsius{100}
	k := Kelvin(c)
	k.Deg += 273.15
	fmt.Println(c, k)
	ptr := (*Kelvin)(&c)
	ptr.Deg = -1
	fmt.Println(c)
	users := []APIUser{{1, "a"}, {2, "b"}}
	var dbs []DBUser
	for _, u := range users {
		dbs = append(dbs, DBUser(u))
	}
	fmt.Printf("%+v\n", dbs)
}
