package main

import (
	"context"
	"encoding/json"
	"net"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/getsentry/sentry-go"

	"github.com/hoglytics/hoglytics/capture/internal/config"
	"github.com/hoglytics/hoglytics/capture/internal/quota"
	"github.com/hoglytics/hoglytics/capture/internal/sink"
)

func main() {
	cfg, err := config.Load()
	if err != nil {
		slog.Error("config", "err", err)
		os.Exit(1)
	}
	if cfg.SentryDSN != "" {
		_ = sentry.Init(sentry.ClientOptions{Dsn: cfg.SentryDSN})
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	kafkaSink, err := sink.NewKafkaSink(cfg.Kafka)
	if err != nil {
		slog.Error("kafka", "err", err)
		os.Exit(1)
	}
	defer kafkaSink.Close()

	limiter, err := quota.NewLimiter(cfg.RedisURL)
	if err != nil {
		slog.Error("redis", "err", err)
		os.Exit(1)
	}
	go limiter.Run(ctx, cfg.QuotaTTL)

	h := &Handler{Sink: kafkaSink, Limiter: limiter}
	srv := &http.Server{Addr: cfg.Address, Handler: h.Routes()}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	slog.Info("capture listening", "addr", cfg.Address)
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		slog.Error("server", "err", err)
	}
}

type rawEvent struct {
	UUID       string          `json:"uuid"`
	Event      string          `json:"event"`
	DistinctID string          `json:"distinct_id"`
	Token      string          `json:"api_key"`
	Properties map[string]any  `json:"properties"`
	Timestamp  string          `json:"timestamp"`
	Batch      []json.RawMessage `json:"batch"`
}

type Handler struct {
	Sink    *sink.KafkaSink
	Limiter *quota.Limiter
}

func (h *Handler) Routes() *http.ServeMux {
	mux := http.NewServeMux()
	for _, p := range []string{"/e", "/e/", "/i/v0/e", "/i/v0/e/", "/batch", "/batch/", "/capture", "/capture/", "/s", "/s/"} {
		mux.HandleFunc(p, h.capture)
	}
	mux.HandleFunc("/_liveness", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	mux.HandleFunc("/_readiness", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	return mux
}

func (h *Handler) capture(w http.ResponseWriter, r *http.Request) {
	var body rawEvent
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, `{"error":"invalid payload"}`, http.StatusBadRequest)
		return
	}
	if h.Limiter.IsLimited(body.Token) {
		w.WriteHeader(http.StatusOK) // silently drop, like the real thing
		return
	}
	ip, _, _ := net.SplitHostPort(r.RemoteAddr)
	if fwd := r.Header.Get("X-Forwarded-For"); fwd != "" {
		ip = fwd
	}
	now := time.Now().UTC().Format(time.RFC3339Nano)
	events := body.Batch
	if len(events) == 0 {
		raw, _ := json.Marshal(body)
		events = []json.RawMessage{raw}
	}
	isReplay := r.URL.Path == "/s" || r.URL.Path == "/s/"
	for _, raw := range events {
		var ev rawEvent
		_ = json.Unmarshal(raw, &ev)
		pe := sink.ProcessedEvent{UUID: ev.UUID, DistinctID: ev.DistinctID, IP: ip, Data: string(raw), Now: now, Token: body.Token}
		if isReplay {
			if sid, ok := ev.Properties["$session_id"].(string); ok {
				pe.SessionID = sid
			}
		}
		if err := h.Sink.Send(r.Context(), pe, false); err != nil {
			http.Error(w, `{"error":"retry"}`, http.StatusServiceUnavailable)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write([]byte(`{"status":1}`))
}
