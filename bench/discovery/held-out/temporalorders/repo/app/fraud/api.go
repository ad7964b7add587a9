// Package fraud is a tiny stand-in for a fraud-scoring service. It declines a
// charge once a customer's running total passes the configured limit. State is
// in memory: restarting the service resets every customer.
package fraud

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/mux"

	"github.com/tidewater-labs/oms/app/internal/httputil"
)

// CheckRequest is the body of POST /check.
type CheckRequest struct {
	CustomerID string `json:"customerId"`
	Charge     int32  `json:"charge"`
}

// CheckResponse is the answer to POST /check.
type CheckResponse struct {
	Declined bool `json:"declined"`
}

// Settings are editable from the UI.
type Settings struct {
	Limit           int32 `json:"limit"`
	MaintenanceMode bool  `json:"maintenanceMode"`
}

type service struct {
	mu       sync.Mutex
	settings Settings
	totals   map[string]int32
}

// Router builds the fraud API.
func Router(logger *slog.Logger) *mux.Router {
	s := &service{totals: map[string]int32{}}
	r := httputil.NewRouter(logger)

	r.HandleFunc("/check", s.handleCheck).Methods(http.MethodPost)
	r.HandleFunc("/settings", s.handleGetSettings).Methods(http.MethodGet)
	r.HandleFunc("/settings", s.handlePutSettings).Methods(http.MethodPut)
	r.HandleFunc("/reset", s.handleReset).Methods(http.MethodPost)

	return r
}

// RunServer serves the fraud API until ctx is cancelled.
func RunServer(ctx context.Context, addr string, logger *slog.Logger) error {
	srv := &http.Server{Addr: addr, Handler: Router(logger), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	logger.Info("fraud API listening", "addr", addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func (s *service) handleCheck(w http.ResponseWriter, r *http.Request) {
	var req CheckRequest
	if err := httputil.DecodeJSON(r, &req); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}

	s.mu.Lock()
	defer s.mu.Unlock()

	if s.settings.MaintenanceMode {
		httputil.WriteError(w, http.StatusServiceUnavailable, errors.New("fraud service in maintenance"))
		return
	}

	total := s.totals[req.CustomerID] + req.Charge
	declined := s.settings.Limit > 0 && total > s.settings.Limit
	if !declined {
		s.totals[req.CustomerID] = total
	}
	httputil.WriteJSON(w, http.StatusOK, CheckResponse{Declined: declined})
}

func (s *service) handleGetSettings(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	httputil.WriteJSON(w, http.StatusOK, s.settings)
}

func (s *service) handlePutSettings(w http.ResponseWriter, r *http.Request) {
	var settings Settings
	if err := httputil.DecodeJSON(r, &settings); err != nil {
		httputil.WriteError(w, http.StatusBadRequest, err)
		return
	}
	s.mu.Lock()
	s.settings = settings
	s.mu.Unlock()
	httputil.WriteJSON(w, http.StatusOK, settings)
}

func (s *service) handleReset(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	s.totals = map[string]int32{}
	s.mu.Unlock()
	w.WriteHeader(http.StatusNoContent)
}
