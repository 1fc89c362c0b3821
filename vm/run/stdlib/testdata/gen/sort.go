// Prints the sort golden (../sort.txt): for each input (keys with many ties), the order of the
// original indexes after sort.Slice, sort.SliceStable, sort.Sort and sort.Stable by key. The
// unstable orders pin Go's exact pdqsort. Run: go run sort.go > ../sort.txt
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type item struct{ key, id int }

type byKey []item

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func ids(items []item) string {
	out := []string{}
	for _, it := range items {
		out = append(out, fmt.Sprint(it.id))
	}
	return strings.Join(out, ",")
}

func main() {
	r := rand.New(rand.NewSource(3))
	inputs := [][]int{}
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 21, 49, 50, 51, 100, 257, 600} {
		for pattern := 0; pattern < 6; pattern++ {
			keys := make([]int, n)
			for i := range keys {
				switch pattern {
				case 0:
					keys[i] = r.Intn(7)
				case 1:
					keys[i] = i / 3
				case 2:
					keys[i] = n - i/2
				case 3:
					keys[i] = 1
				case 4:
					keys[i] = i % 5
				case 5:
					keys[i] = r.Intn(n + 1)
				}
			}
			inputs = append(inputs, keys)
		}
	}
	for _, keys := range inputs {
		make := func() []item {
			items := make([]item, len(keys))
			for i, k := range keys {
				items[i] = item{k, i}
			}
			return items
		}
		text := strings.Trim(strings.Join(strings.Fields(fmt.Sprint(keys)), ","), "[]")
		a := make()
		sort.Slice(a, func(i, j int) bool { return a[i].key < a[j].key })
		fmt.Printf("Slice\t%s\t%q\n", text, ids(a))
		b := make()
		sort.SliceStable(b, func(i, j int) bool { return b[i].key < b[j].key })
		fmt.Printf("SliceStable\t%s\t%q\n", text, ids(b))
		c := make()
		sort.Sort(byKey(c))
		fmt.Printf("Sort\t%s\t%q\n", text, ids(c))
		d := make()
		sort.Stable(byKey(d))
		fmt.Printf("Stable\t%s\t%q\n", text, ids(d))
		e := make()
		sort.Sort(sort.Reverse(byKey(e)))
		fmt.Printf("Reverse\t%s\t%q\n", text, ids(e))
	}
}
