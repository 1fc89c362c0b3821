package main

func f(c chan int, d chan bool) {
	var x int
	var ok bool
	select {
	case x = <-c:
	case x, ok = <-c:
	case y := <-c:
		_ = y
	case c <- 1:
	case <-d:
	}
	select {}
	_, _ = x, ok
}
