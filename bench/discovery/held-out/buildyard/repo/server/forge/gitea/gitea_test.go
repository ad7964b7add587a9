package gitea

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"go.woodpecker-ci.org/woodpecker/v2/server/model"
)

func TestGiteaRepos(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/v1/version":
			_, _ = w.Write([]byte(`{"version":"1.21.0"}`))
		case "/api/v1/user/repos":
			_, _ = w.Write([]byte(`[{"id":1,"full_name":"test/repo"}]`))
		}
	}))
	defer srv.Close()

	c, _ := New(Opts{URL: srv.URL})
	repos, err := c.Repos(context.Background(), &model.User{Token: "x"})
	if err != nil || len(repos) != 1 {
		t.Fatalf("unexpected: %v %v", repos, err)
	}
}
