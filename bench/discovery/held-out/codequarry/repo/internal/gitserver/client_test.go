package gitserver

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestArchiveAgainstFakeGitserver(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/archive" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, "tarball")
	}))
	defer srv.Close()

	c := &Client{addrs: func() []string { return []string{strings.TrimPrefix(srv.URL, "http://")} }, http: srv.Client()}
	rc, err := c.Archive(context.Background(), "github.com/acme/app", "deadbeef", "tar")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, _ := io.ReadAll(rc)
	if string(b) != "tarball" {
		t.Fatalf("got %q", b)
	}
}

func TestAddrForRepoStable(t *testing.T) {
	addrs := []string{"gitserver-0:3178", "gitserver-1:3178"}
	a := AddrForRepo("github.com/acme/app", addrs)
	if a != AddrForRepo("GITHUB.COM/acme/app", addrs) {
		t.Fatal("sharding must be case insensitive")
	}
}
