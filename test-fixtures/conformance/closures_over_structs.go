package main

import "fmt"

type Account struct {
	Balance int
	History []string
}

func makeOps(a *Account) (deposit func(int), withdraw func(int) bool, report func() string) {
	deposit = func(n int) {
		a.Balance += n
		a.History = append(a.History, fmt.Sprint("+", n))
	}
	withdraw = func(n int) bool {
		if n > a.Balance {
			a.History = append(a.History, fmt.Sprint("!", n))
			return false
		}
		a.Balance -= n
		a.History = append(a.History, fmt.Sprint("-", n))
		return true
	}
	report = func() string { return fmt.Sprintf("%d %v", a.Balance, a.History) }
	return
}

func main() {
	acc := &Account{}
	dep, wd, rep := makeOps(acc)
	dep(100)
	fmt.Println(wd(30), wd(100), wd(70))
	dep(5)
	fmt.Println(rep())
	byValue := Account{Balance: 1}
	f := func() int { byValue.Balance *= 2; return byValue.Balance }
	f()
	f()
	fmt.Println(byValue.Balance, f())
	copyAcc := byValue
	g := func() int { return copyAcc.Balance }
	copyAcc.Balance = -1
	fmt.Println(g(), byValue.Balance)
}
