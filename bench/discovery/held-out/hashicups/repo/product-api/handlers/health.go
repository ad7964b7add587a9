package handlers

import (
	"net/http"

	"github.com/kettleco/shop/product-api/data"
)

// Health reports 503 while the database is unreachable so Consul stops routing to us.
func Health(s data.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := s.IsConnected(); err != nil {
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "db unavailable"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	}
}
