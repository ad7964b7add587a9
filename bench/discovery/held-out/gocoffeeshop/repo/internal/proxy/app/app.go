// Package app wires the HTTP/JSON gateway. Every /v1/api/* route is
// translated by grpc-gateway into a gRPC call on product or counter.
package app

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protojson"

	"github.com/brewline-labs/brewline/internal/proxy/config"
	"github.com/brewline-labs/brewline/proto/gen"
)

type App struct {
	cfg *config.Config
}

func New(cfg *config.Config) *App {
	return &App{cfg: cfg}
}

func (a *App) Run(ctx context.Context) error {
	slog.Info("init", "name", a.cfg.Name, "version", a.cfg.Version)

	mux := runtime.NewServeMux(
		runtime.WithMarshalerOption(runtime.MIMEWildcard, &runtime.JSONPb{
			MarshalOptions:   protojson.MarshalOptions{EmitUnpopulated: true, UseProtoNames: false},
			UnmarshalOptions: protojson.UnmarshalOptions{DiscardUnknown: true},
		}),
	)

	opts := []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}

	if err := gen.RegisterProductServiceHandlerFromEndpoint(ctx, mux, a.cfg.GRPC.ProductEndpoint(), opts); err != nil {
		return fmt.Errorf("register product handler: %w", err)
	}

	slog.Info("routing product API", "endpoint", a.cfg.GRPC.ProductEndpoint())

	if err := gen.RegisterCounterServiceHandlerFromEndpoint(ctx, mux, a.cfg.GRPC.CounterEndpoint(), opts); err != nil {
		return fmt.Errorf("register counter handler: %w", err)
	}

	slog.Info("routing counter API", "endpoint", a.cfg.GRPC.CounterEndpoint())

	root := http.NewServeMux()
	root.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	root.Handle("/", mux)

	srv := &http.Server{
		Addr:              fmt.Sprintf("%s:%d", a.cfg.HTTP.Host, a.cfg.HTTP.Port),
		Handler:           withLogger(cors(a.cfg.CORS.AllowedOrigins, root)),
		ReadHeaderTimeout: 5 * time.Second,
	}

	go func() {
		<-ctx.Done()

		shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()

		_ = srv.Shutdown(shutdownCtx)
	}()

	slog.Info("start gateway", "address", srv.Addr)

	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}

	return nil
}

func allowedOrigin(allowed, origin string) bool {
	if allowed == "" || allowed == "*" {
		return true
	}

	for _, o := range strings.Split(allowed, ",") {
		if strings.TrimSpace(o) == origin {
			return true
		}
	}

	return false
}

// cors is needed because the web UI's browser script polls the gateway directly.
func cors(allowed string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" && allowedOrigin(allowed, origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin)

			if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
				w.Header().Set("Access-Control-Allow-Headers", "Content-Type,Accept,Authorization")
				w.Header().Set("Access-Control-Allow-Methods", "GET,HEAD,POST,PUT,DELETE")
				w.WriteHeader(http.StatusNoContent)

				return
			}
		}

		h.ServeHTTP(w, r)
	})
}

func withLogger(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		h.ServeHTTP(w, r)
		slog.Debug("request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
	})
}
