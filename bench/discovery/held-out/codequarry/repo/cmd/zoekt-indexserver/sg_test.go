package main

import "testing"

func TestCloneURL(t *testing.T) {
	c := newCodeQuarryClient("codequarry-frontend-internal:3090")
	got := c.CloneURL("github.com/acme/app")
	want := "http://codequarry-frontend-internal:3090/.internal/git/github.com/acme/app"
	if got != want {
		t.Fatalf("got %s want %s", got, want)
	}
}
