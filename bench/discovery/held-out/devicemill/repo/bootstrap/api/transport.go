package api

import (
	"encoding/json"
	"log/slog"
	"net/http"
	"strings"

	"github.com/devicemill/devicemill/bootstrap"
	"github.com/go-chi/chi/v5"
)

func MakeHandler(r chi.Router, svc *bootstrap.Service, logger *slog.Logger) {
	r.Post("/things/configs", func(w http.ResponseWriter, req *http.Request) {
		var cfg bootstrap.Config
		if err := json.NewDecoder(req.Body).Decode(&cfg); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		saved, err := svc.Add(req.Context(), strings.TrimPrefix(req.Header.Get("Authorization"), "Bearer "), cfg)
		if err != nil {
			logger.Warn("add config failed", slog.Any("error", err))
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Location", "/things/configs/"+saved.ThingID)
		w.WriteHeader(http.StatusCreated)
	})
	r.Get("/things/bootstrap/secure/{externalID}", func(w http.ResponseWriter, req *http.Request) {
		key := strings.TrimPrefix(req.Header.Get("Authorization"), "Thing ")
		out, err := svc.Bootstrap(req.Context(), key, chi.URLParam(req, "externalID"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		_, _ = w.Write(out)
	})
}
