// Package server runs HTTP servers with shared health and metrics endpoints.
package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/devicemill/devicemill/internal/env"
	"github.com/go-chi/chi/v5"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

type Config struct {
	Host     string `env:"HOST"             envDefault:""`
	Port     string `env:"PORT"             envDefault:""`
	CertFile string `env:"SERVER_CERT"      envDefault:""`
	KeyFile  string `env:"SERVER_KEY"       envDefault:""`
}

func LoadConfig(prefix string) (Config, error) {
	c := Config{}
	err := env.Parse(&c, env.Options{Prefix: prefix})
	return c, err
}

// Mount adds /health and /metrics to r.
func Mount(r chi.Router, svc, version, instanceID string) {
	r.Get("/health", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/health+json")
		_ = json.NewEncoder(w).Encode(map[string]string{
			"status": "pass", "version": version, "service": svc, "instance_id": instanceID,
		})
	})
	r.Handle("/metrics", promhttp.Handler())
}

func Run(ctx context.Context, name string, cfg Config, h http.Handler, logger *slog.Logger) error {
	srv := &http.Server{Addr: cfg.Host + ":" + cfg.Port, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
	}()
	logger.Info(name+" service HTTP server listening", slog.String("addr", srv.Addr))
	if cfg.CertFile != "" {
		return srv.ListenAndServeTLS(cfg.CertFile, cfg.KeyFile)
	}
	return srv.ListenAndServe()
}
