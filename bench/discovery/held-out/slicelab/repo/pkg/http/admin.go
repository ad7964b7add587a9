package http

import (
	"encoding/json"
	"net/http"
	"os"
)

// WithAdmin mounts the admin API. It has no database of its own and reads the
// latest recommendations from the catalog service over HTTP.
func (s *Server) WithAdmin(catalog *CatalogClient) *Server {
	adminPassword := os.Getenv("SLICELAB_ADMIN_PASSWORD")
	if adminPassword == "" {
		adminPassword = "admin"
	}
	s.router.Post("/api/admin/login", func(w http.ResponseWriter, r *http.Request) {
		var body struct{ User, Password string }
		_ = json.NewDecoder(r.Body).Decode(&body)
		if body.User != "admin" || body.Password != adminPassword {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		http.SetCookie(w, &http.Cookie{Name: "admin_token", Value: "change-me", Path: "/", HttpOnly: true})
		w.WriteHeader(http.StatusOK)
	})
	s.router.Get("/api/admin/recommendations", func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("admin_token"); err != nil || c.Value == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		pizzas, err := catalog.Recommendations(r.Context())
		respond(w, map[string]any{"pizzas": pizzas}, err)
	})
	return s
}
