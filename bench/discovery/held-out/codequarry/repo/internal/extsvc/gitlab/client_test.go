package gitlab

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestListProjects(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`[{"id":1,"path_with_namespace":"acme/app"}]`))
	}))
	defer srv.Close()
	c := NewClient(srv.URL, "glpat-test")
	ps, err := c.ListProjects(context.Background())
	if err != nil || len(ps) != 1 {
		t.Fatalf("got %v %v", ps, err)
	}
}
