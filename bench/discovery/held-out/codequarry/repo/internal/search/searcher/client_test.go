package searcher

import "testing"

func TestEndpointsStripsK8sPrefix(t *testing.T) {
	old := searcherURLs
	defer func() { searcherURLs = old }()
	searcherURLs = "k8s+http://searcher-0:3181 http://searcher-1:3181"
	eps := Endpoints()
	if len(eps) != 2 || eps[0] != "http://searcher-0:3181" {
		t.Fatalf("got %v", eps)
	}
}
