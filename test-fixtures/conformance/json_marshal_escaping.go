package main

import (
	"encoding/json"
	"fmt"
	"math"
)

func main() {
	strs := []string{"plain", "<script>&</script>", "quote\" back\\ slash/", "ctl\x00\x01\x1f\x7f", "tab\tnl\ncr\r", "é世🙂", "\u2028\u2029", "bad\xffutf8\xc3"}
	for _, s := range strs {
		b, err := json.Marshal(s)
		fmt.Println(string(b), err)
	}
	floats := []float64{0, -0.0, 1, -1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789.123, 0.1, 5e-324, math.MaxFloat64, 1.0 / 3}
	for _, f := range floats {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	for _, f := range []float32{0.1, 1e21, 1e-7, 3.4e38} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	_, err := json.Marshal(math.NaN())
	fmt.Println(err)
	_, err = json.Marshal(math.Inf(-1))
	fmt.Println(err)
	keys := map[string]int{"<": 1, "é": 2, "a\"b": 3, "": 4}
	b, _ := json.Marshal(keys)
	fmt.Println(string(b))
	b, _ = json.Marshal(map[bool]int{true: 1})
	fmt.Println(string(b))
	_, err = json.Marshal(map[[2]int]int{{1, 2}: 3})
	fmt.Println(err)
	b, _ = json.Marshal(map[float64]string{1.5: "x"})
	fmt.Println(string(b))
	b, _ = json.Marshal([]interface{}{int8(-1), uint64(1 << 63), float32(2.5), "s", []byte{0, 255}, nil})
	fmt.Println(string(b))
	b, _ = json.MarshalIndent([]int{}, "", "  ")
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]interface{}{"a": []interface{}{1, map[string]int{}}}, "#", " ")
	fmt.Println(string(b))
}
