package main

func f(x interface{}, ch chan int) {
	if (x != nil) {
	}
	switch v := x.(type) {
	case int, string:
		_ = v
	default:
	}
	switch {
	case true:
		fallthrough
	case false:
	}
	select {
	case v := <-ch:
		_ = v
	case ch <- 1:
	default:
	}
	select {}
outer:
	for i := range 10 {
		for {
			continue outer
		}
		_ = i
	}
	for k, v := range map[int]int{} {
		_, _ = k, v
	}
	goto end
end:
}
