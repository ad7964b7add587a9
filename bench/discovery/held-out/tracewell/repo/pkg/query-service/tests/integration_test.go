//go:build integration

package tests

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"
	"time"
)

const baseURL = "http://localhost:8180/api/v1"

func TestServicesEndpoint(t *testing.T) {
	body, _ := json.Marshal(map[string]int64{
		"start": time.Now().Add(-time.Hour).UnixNano(),
		"end":   time.Now().UnixNano(),
	})
	resp, err := http.Post(baseURL+"/services", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("request failed: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("unexpected status %d", resp.StatusCode)
	}
}

func TestHealth(t *testing.T) {
	resp, err := http.Get(baseURL + "/health")
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("health returned %d", resp.StatusCode)
	}
}
