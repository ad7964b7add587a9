package http

import "testing"

func TestGatewayRoutesFromEnv(t *testing.T) {
	t.Setenv("SLICELAB_CATALOG_ENDPOINT", "http://catalog.test:3333")
	routes := GatewayRoutesFromEnv()
	found := false
	for _, r := range routes {
		if r.Prefix == "/api/doughs" && r.Upstream == "http://catalog.test:3333" {
			found = true
		}
	}
	if !found {
		t.Fatal("doughs should route to catalog")
	}
}
