package main

func produce(ch chan<- int, done <-chan struct{}) {
	for i := 0; ; i++ {
		select {
		case ch <- i:
		case <-done:
			return
		case v, ok := <-done:
			_, _ = v, ok
		default:
		}
	}
}

func consume() {
	ch := make(chan int, 4)
	var r <-chan int = ch
	var s chan<- int = ch
	var cc chan<- chan int
	var rc <-chan <-chan int
	go produce(ch, nil)
	x := <-r
	s <- x
	_, _ = cc, rc
	close(ch)
}
