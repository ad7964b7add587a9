package handlers

import (
	"net/http"
)

// Health is used by Docker, Kubernetes probes and Consul health checks.
func Health(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Write([]byte(`{"status":"ok"}`))
}
