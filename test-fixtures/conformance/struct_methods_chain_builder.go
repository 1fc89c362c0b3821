package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
	err    error
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string, args ...interface{}) *Query {
	if strings.Count(cond, "?") != len(args) {
		q.err = fmt.Errorf("where %q: want %d args, got %d", cond, strings.Count(cond, "?"), len(args))
		return q
	}
	for _, a := range args {
		cond = strings.Replace(cond, "?", fmt.Sprintf("%#v", a), 1)
	}
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) OrderBy(col string) *Query { q.order = col; return q }
func (q *Query) Limit(n int) *Query        { q.limit = n; return q }

func (q *Query) String() string {
	if q.err != nil {
		return "error: " + q.err.Error()
	}
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String()
}

func main() {
	fmt.Println(From("users"))
	fmt.Println(From("users").Where("age > ?", 18).Where("name = ?", "ann").OrderBy("id").Limit(10))
	fmt.Println(From("t").Where("a = ? AND b = ?", 1))
	fmt.Println(From("t").Where("x IN (?, ?)", 1.5, true).Limit(1))
}
