package main

type Config struct {
	Name string // the name
	Timeout int64 // seconds
	Verbose bool
	Tags map[string]string `json:"tags"`
	Nested struct {
		A int
		LongerName string
	}
	After int // after a multi-line field
	X, Y float64
	*Embedded
}

type Embedded struct{}

type Small struct{ A int }
