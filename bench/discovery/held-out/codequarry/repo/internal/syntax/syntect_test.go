package syntax

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestHighlightAgainstFakeSyntect(t *testing.T) {
	fake := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(Response{Data: "<span>x</span>"})
	}))
	defer fake.Close()
	old := syntectServer
	syntectServer = fake.URL
	defer func() { syntectServer = old }()

	resp, err := Highlight(context.Background(), Query{Filepath: "main.go", Code: "x"})
	if err != nil || resp.Data == "" {
		t.Fatalf("got %v %v", resp, err)
	}
}
