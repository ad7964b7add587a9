// Package api is the auth REST API (domains, keys).
package api

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"

	"github.com/devicemill/devicemill/auth"
	"github.com/go-chi/chi/v5"
)

func MakeHandler(r chi.Router, svc *auth.Service, logger *slog.Logger) {
	r.Post("/domains", func(w http.ResponseWriter, req *http.Request) {
		userID, _, err := svc.Identify(req.Context(), strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer "))
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		var body struct {
			ID   string `json:"id"`
			Name string `json:"name"`
		}
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := svc.AddPolicy(req.Context(), userID, "administrator", "domain", body.ID); err != nil {
			logger.Warn("create domain failed", slog.Any("error", err))
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	r.Post("/keys", func(w http.ResponseWriter, req *http.Request) {
		userID, domainID, err := svc.Identify(req.Context(), strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer "))
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		tok, err := svc.Issue(req.Context(), userID, domainID)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(map[string]string{"value": tok})
	})
}
