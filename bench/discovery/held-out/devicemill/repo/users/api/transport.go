package api

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"

	"github.com/devicemill/devicemill/users"
	"github.com/go-chi/chi/v5"
)

func MakeHandler(r chi.Router, svc *users.Service, logger *slog.Logger) {
	r.Post("/users", func(w http.ResponseWriter, req *http.Request) {
		var u users.User
		if err := json.NewDecoder(req.Body).Decode(&u); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		token := strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer ")
		saved, err := svc.Register(req.Context(), token, u)
		if err != nil {
			logger.Warn("register failed", slog.Any("error", err))
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		saved.Secret = ""
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(saved)
	})
	r.Post("/password/reset-request", func(w http.ResponseWriter, req *http.Request) {
		var body struct {
			Email string `json:"email"`
			Host  string `json:"host"`
		}
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if err := svc.SendPasswordReset(req.Context(), body.Host, body.Email, req.Header.Get("Referer")); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
}
