// Command loadgen drives a cargoline deployment with a steady mix of
// bookings, routing requests, handling incidents and tracking lookups.
package main

import (
	"context"
	"flag"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/go-kit/log"

	"github.com/cargoline/cargoline/internal/env"
)

func main() {
	var (
		shippingURL = flag.String("shipping", env.String("SHIPPING_URL", "http://localhost:8080"), "base URL of the booking/tracking API")
		handlingURL = flag.String("handling", env.String("HANDLING_URL", "http://localhost:8081"), "base URL of the handling API")
		workers     = flag.Int("workers", 4, "concurrent virtual users")
		rate        = flag.Duration("interval", env.Duration("LOADGEN_INTERVAL", 500*time.Millisecond), "pause between scenario iterations per worker")
		duration    = flag.Duration("duration", env.Duration("LOADGEN_DURATION", 0), "stop after this long (0 = run until signalled)")
	)
	flag.Parse()

	logger := log.With(log.NewLogfmtLogger(os.Stderr), "ts", log.DefaultTimestampUTC, "svc", "loadgen")

	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer cancel()
	if *duration > 0 {
		ctx, cancel = context.WithTimeout(ctx, *duration)
		defer cancel()
	}

	client := &http.Client{Timeout: 10 * time.Second}
	s := &scenario{
		shipping: *shippingURL,
		handling: *handlingURL,
		client:   client,
		logger:   logger,
	}

	logger.Log("msg", "starting", "shipping", *shippingURL, "handling", *handlingURL, "workers", *workers)

	var wg sync.WaitGroup
	for i := 0; i < *workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			t := time.NewTicker(*rate)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					if err := s.run(ctx); err != nil {
						logger.Log("worker", id, "err", err)
					}
				}
			}
		}(i)
	}
	wg.Wait()
	logger.Log("msg", "done", "requests", s.count())
}
