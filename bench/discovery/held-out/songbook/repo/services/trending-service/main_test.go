package main

import "testing"

func TestTopOrdersByPlays(t *testing.T) {
	c := &playCounter{counts: map[int64]int64{}}
	c.add(1)
	c.add(2)
	c.add(2)
	top := c.top(1)
	if len(top) != 1 || top[0].SongID != 2 {
		t.Fatalf("unexpected top: %+v", top)
	}
}
