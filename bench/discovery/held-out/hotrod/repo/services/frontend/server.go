// Package frontend serves the QuickCab web UI and the /dispatch API.
package frontend

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/httperr"
	"github.com/quickcab/quickcab/pkg/metrics"
	"github.com/quickcab/quickcab/pkg/tracing"
)

//go:embed web_assets
var assetFS embed.FS

// ConfigOptions are the addresses the frontend needs.
type ConfigOptions struct {
	FrontendHostPort string
	CustomerHostPort string
	DriverHostPort   string
	RouteHostPort    string
	JaegerUI         string
}

// Server is the frontend HTTP server.
type Server struct {
	hostPort string
	bestETA  *bestETA
	jaegerUI string
	logger   *zap.Logger
}

// NewServer wires the frontend to its three downstream services.
func NewServer(options ConfigOptions, logger *zap.Logger) *Server {
	return &Server{
		hostPort: options.FrontendHostPort,
		bestETA:  newBestETA(options, logger),
		jaegerUI: options.JaegerUI,
		logger:   logger,
	}
}

// Run blocks serving HTTP.
func (s *Server) Run() error {
	assets, _ := fs.Sub(assetFS, "web_assets")
	mux := tracing.NewServeMux("frontend")
	mux.Handle("/", http.FileServer(http.FS(assets)))
	mux.Handle("/dispatch", http.HandlerFunc(s.dispatch))
	mux.Handle("/config", http.HandlerFunc(s.config))
	mux.Handle("/healthz", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }))
	s.logger.Sugar().Infof("frontend listening on http://%s", s.hostPort)
	srv := &http.Server{Addr: s.hostPort, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return srv.ListenAndServe()
}

// config tells the web page where the Jaeger UI lives, so it can link traces.
func (s *Server) config(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]string{"jaeger": s.jaegerUI})
}

func (s *Server) dispatch(w http.ResponseWriter, r *http.Request) {
	customerID := r.URL.Query().Get("customer")
	if customerID == "" {
		http.Error(w, "missing required 'customer' parameter", http.StatusBadRequest)
		return
	}

	response, err := s.bestETA.Get(r.Context(), customerID)
	if httperr.HandleError(w, err, http.StatusInternalServerError) {
		s.logger.Error("dispatch failed", zap.String("customer_id", customerID), zap.Error(err))
		metrics.RequestsTotal.WithLabelValues("frontend", "/dispatch", "500").Inc()
		return
	}
	metrics.RequestsTotal.WithLabelValues("frontend", "/dispatch", "200").Inc()
	metrics.DispatchETA.Observe(response.ETA.Seconds())

	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(response)
}
