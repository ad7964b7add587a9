package app

import (
	"net/http"

	"github.com/gorilla/mux"
)

// RegisterPrivateRoutes exposes unauthenticated endpoints on the private port
// (8085). Only in-cluster components are expected to reach it: alertmanager
// pulls notification channels from here to build its routing tree.
func (h *APIHandler) RegisterPrivateRoutes(r *mux.Router) {
	r.HandleFunc("/api/v1/channels", h.listChannels).Methods(http.MethodGet)
	r.HandleFunc("/api/v1/health", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
}
