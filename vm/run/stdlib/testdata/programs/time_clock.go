package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 29, 13, 4, 5, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixNano(), t.Year(), t.Month(), t.Day(), t.Weekday(), t.YearDay())
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano), t.Format(time.Kitchen), t.Format("2006-01-02 15:04:05.000"))
	fmt.Println(t.Format("Mon Jan _2 3:04PM 2006"), t.Format("02/01/06 .999 .000000"), t.Format(time.ANSIC), t.Format(time.RFC1123))
	u := t.Add(36*time.Hour + 30*time.Minute)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), t.Equal(t.Add(0)))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, 0, 0), t.AddDate(0, 0, -60))
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond(), t.Truncate(time.Hour))
	var zero time.Time
	fmt.Println(zero.IsZero(), zero, zero.Unix())
	e := time.Unix(0, 0).UTC()
	fmt.Println(e, time.Unix(1e9, 5e8).UTC(), time.UnixMilli(1700000000123).UTC())
	for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 1e6, 1.5e9, 61e9, 3600e9 + 1, -90e9, 100 * time.Hour} {
		fmt.Println(d, d.Seconds(), d.Minutes(), d.Hours(), d.Milliseconds(), d.Round(time.Second), d.Truncate(time.Minute))
	}
	for _, s := range []string{"1h30m", "1.5s", "-2m3.5s", "300ms", "1µs", "2us", "10", "1x", "", "3h2m1s0ms"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	p, err := time.Parse("2006-01-02", "2023-07-04")
	fmt.Println(p, err, p.Weekday())
	p, err = time.Parse(time.RFC3339, "2023-07-04T10:20:30Z")
	fmt.Println(p, err)
	p, err = time.Parse("2006-01-02", "2023-13-04")
	fmt.Println(p, err)
	fmt.Println(time.Month(13), time.Weekday(8), time.March, time.Saturday)
}
