package main

import "fmt"

func process(rows [][]int) (processed int, skipped []string) {
rows:
	for r, row := range rows {
		for c, v := range row {
			switch {
			case v < 0:
				skipped = append(skipped, fmt.Sprintf("row %d: negative at %d", r, c))
				continue rows
			case v == 0:
				skipped = append(skipped, fmt.Sprintf("row %d: stop at %d", r, c))
				break rows
			}
		}
		func() {
			defer func() {
				if e := recover(); e != nil {
					skipped = append(skipped, fmt.Sprintf("row %d: %v", r, e))
				}
			}()
			total := 0
			for _, v := range row {
				total += 100 / (v - 1)
			}
			processed++
		}()
	}
	return
}

func main() {
	p, s := process([][]int{{2, 3}, {4, -1, 5}, {1, 2}, {3, 3}, {5, 0, 1}, {9}})
	fmt.Println(p)
	for _, line := range s {
		fmt.Println(line)
	}
	n := 0
outer:
	for {
		n++
		func() {
			defer func() { recover() }()
			if n%2 == 0 {
				panic("even")
			}
		}()
		if n > 5 {
			break outer
		}
	}
	fmt.Println("n", n)
}
