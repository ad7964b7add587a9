package main

import "testing"

func TestFlagsHaveEnv(t *testing.T) {
	for _, f := range flags {
		if len(f.Names()) == 0 {
			t.Errorf("flag without name")
		}
	}
}
