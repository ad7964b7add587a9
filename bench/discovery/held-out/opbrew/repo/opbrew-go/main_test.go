package main

import "testing"

func TestPeerURL(t *testing.T) {
	cases := map[string]string{
		"opbrew-python":          "http://opbrew-python:8000/api/stats",
		"opbrew-ruby":            "http://opbrew-ruby:3000/api/stats",
		"http://localhost:9000/": "http://localhost:9000/api/stats",
	}
	for in, want := range cases {
		if got := peerURL(in, "/api/stats"); got != want {
			t.Errorf("peerURL(%q) = %q, want %q", in, got, want)
		}
	}
}
