package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	names := []string{"low", "mid", "high"}
	if int(l) < len(names) {
		return json.Marshal(names[l])
	}
	return nil, fmt.Errorf("bad level %d", int(l))
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("unknown level %q", s)
	}
	return nil
}

type Task struct {
	Title string `json:"title"`
	Level Level  `json:"level"`
}

func main() {
	b, err := json.Marshal([]Task{{"a", 0}, {"b", 2}})
	fmt.Println(string(b), err)
	var tasks []Task
	err = json.Unmarshal([]byte(`[{"title":"x","level":"HIGH"},{"title":"y","level":"mid"}]`), &tasks)
	fmt.Println(tasks, err)
	err = json.Unmarshal([]byte(`[{"title":"z","level":"urgent"}]`), &tasks)
	fmt.Println(err)
	_, err = json.Marshal(Task{"bad", 7})
	fmt.Println(err)
}
