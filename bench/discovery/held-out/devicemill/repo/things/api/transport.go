// Package api is the things REST API (things, channels, connections).
package api

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"

	"github.com/devicemill/devicemill/things"
	"github.com/go-chi/chi/v5"
)

func bearer(r *http.Request) string {
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
}

func MakeHandler(r chi.Router, svc things.Service, logger *slog.Logger) {
	r.Post("/things", func(w http.ResponseWriter, req *http.Request) {
		var t things.Thing
		if err := json.NewDecoder(req.Body).Decode(&t); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		saved, err := svc.CreateThing(req.Context(), bearer(req), t)
		if err != nil {
			logger.Warn("create thing failed", slog.Any("error", err))
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Location", "/things/"+saved.ID)
		w.WriteHeader(http.StatusCreated)
		_ = json.NewEncoder(w).Encode(saved)
	})
	r.Post("/connect", func(w http.ResponseWriter, req *http.Request) {
		var body struct {
			ThingIDs   []string `json:"thing_ids"`
			ChannelIDs []string `json:"channel_ids"`
		}
		if err := json.NewDecoder(req.Body).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		for _, th := range body.ThingIDs {
			for _, ch := range body.ChannelIDs {
				if err := svc.Connect(req.Context(), bearer(req), th, ch); err != nil {
					http.Error(w, err.Error(), http.StatusForbidden)
					return
				}
			}
		}
		w.WriteHeader(http.StatusCreated)
	})
	r.Post("/identify", func(w http.ResponseWriter, req *http.Request) {
		key := strings.TrimPrefix(req.Header.Get("Authorization"), "Thing ")
		id, err := svc.Authorize(req.Context(), key, req.URL.Query().Get("channel"), "publish")
		if err != nil {
			http.Error(w, err.Error(), http.StatusUnauthorized)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]string{"id": id})
	})
}
