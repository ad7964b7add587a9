package registry

import (
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

func TestPing(t *testing.T) {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/v2/" {
			t.Errorf("unexpected path %s", r.URL.Path)
		}
		w.WriteHeader(http.StatusOK)
	}))
	defer server.Close()

	if err := NewClient(server.URL, "", "", true).Ping(); err != nil {
		t.Fatalf("ping failed: %v", err)
	}
}

// TestCatalogAgainstLocalRegistry runs against the registry started by `make test_env_up`.
func TestCatalogAgainstLocalRegistry(t *testing.T) {
	if os.Getenv("BERTHDOCK_INTEGRATION") == "" {
		t.Skip("integration test")
	}
	c := NewClient("http://127.0.0.1:5000", "admin", "Berthdock12345", true)
	if _, err := c.Catalog(); err != nil {
		t.Fatal(err)
	}
}
