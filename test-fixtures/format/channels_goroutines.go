package main

func worker(in <-chan int, out chan<- int, done chan struct{}) {
	go func() {
		for v := range in {
			out <- v*2
		}
		close(done)
	}()
	var bidirectional chan int
	_ = bidirectional
}
