// Package server mounts the HTTP handlers of a cargoline process on one mux,
// adding the shared CORS, health and metrics routes.
package server

import (
	"net/http"

	"github.com/go-kit/log"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Server holds the dependencies for an HTTP server.
type Server struct {
	Logger log.Logger
	mux    *http.ServeMux
}

// New returns a new HTTP server with /healthz and /metrics mounted.
func New(logger log.Logger) *Server {
	s := &Server{Logger: logger, mux: http.NewServeMux()}
	s.mux.Handle("/metrics", promhttp.Handler())
	s.mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("ok"))
	})
	return s
}

// Mount registers h under the given path prefix (e.g. "/booking/v1/").
func (s *Server) Mount(prefix string, h http.Handler) {
	s.mux.Handle(prefix, h)
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	accessControl(s.mux).ServeHTTP(w, r)
}

func accessControl(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
		w.Header().Set("Access-Control-Allow-Headers", "Origin, Content-Type")

		if r.Method == "OPTIONS" {
			return
		}

		h.ServeHTTP(w, r)
	})
}
