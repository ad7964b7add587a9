package customer

import (
	"encoding/json"
	"errors"
	"net/http"
	"time"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/httperr"
	"github.com/quickcab/quickcab/pkg/metrics"
	"github.com/quickcab/quickcab/pkg/tracing"
)

// Server is the customer HTTP service.
type Server struct {
	hostPort string
	store    Store
	logger   *zap.Logger
}

// NewServer creates a customer server listening on hostPort.
func NewServer(hostPort string, store Store, logger *zap.Logger) *Server {
	return &Server{hostPort: hostPort, store: store, logger: logger}
}

// Run blocks serving HTTP.
func (s *Server) Run() error {
	mux := tracing.NewServeMux("customer")
	mux.Handle("/customer", http.HandlerFunc(s.customer))
	mux.Handle("/healthz", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	}))
	s.logger.Sugar().Infof("customer listening on %s", s.hostPort)
	srv := &http.Server{Addr: s.hostPort, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	return srv.ListenAndServe()
}

func (s *Server) customer(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	defer func() { metrics.RequestLatency.WithLabelValues("customer", "/customer").Observe(time.Since(start).Seconds()) }()

	id := r.URL.Query().Get("customer")
	if id == "" {
		http.Error(w, "missing required 'customer' parameter", http.StatusBadRequest)
		return
	}

	c, err := s.store.Get(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		metrics.RequestsTotal.WithLabelValues("customer", "/customer", "404").Inc()
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	if httperr.HandleError(w, err, http.StatusInternalServerError) {
		s.logger.Error("customer lookup failed", zap.String("customer_id", id), zap.Error(err))
		metrics.RequestsTotal.WithLabelValues("customer", "/customer", "500").Inc()
		return
	}

	metrics.RequestsTotal.WithLabelValues("customer", "/customer", "200").Inc()
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(c)
}
