package main

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/brewline-labs/brewline/internal/web/client"
	"github.com/brewline-labs/brewline/internal/web/config"
	"github.com/brewline-labs/brewline/internal/web/handlers"
	"github.com/brewline-labs/brewline/pkg/logger"
)

func main() {
	cfg, err := config.NewConfig()
	if err != nil {
		slog.Error("failed to load config", "err", err)
		os.Exit(1)
	}

	logger.New(cfg.Level)

	tmpl := template.Must(template.New("").Funcs(template.FuncMap{
		"price": func(p float64) string { return fmt.Sprintf("$%.2f", p) },
	}).ParseGlob("templates/*.html"))

	proxy := client.NewProxyClient(cfg.Proxy.URL, cfg.Proxy.Timeout)
	home := handlers.NewHome(tmpl, proxy, cfg.Proxy.PublicURL, cfg.Version)

	mux := http.NewServeMux()
	mux.HandleFunc("GET /", home.Index)
	mux.HandleFunc("POST /orders", home.PlaceOrder)
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServer(http.Dir("static"))))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	})

	srv := &http.Server{
		Addr:              fmt.Sprintf("%s:%d", cfg.HTTP.Host, cfg.HTTP.Port),
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	go func() {
		<-ctx.Done()

		shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()

		_ = srv.Shutdown(shutdownCtx)
	}()

	slog.Info("start web", "address", srv.Addr, "gateway", cfg.Proxy.URL)

	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		slog.Error("web server exited", "err", err)
		os.Exit(1)
	}
}
