package main

import (
	"context"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

func main() {
	cfg := ReadConfig()
	natsURL := fmt.Sprintf("nats://%s:%d", cfg.NATSAddress, cfg.NATSPort)
	log.Printf("queue-worker: stream=%s subject=%s nats=%s", cfg.Stream, cfg.Subject, natsURL)

	nc, err := nats.Connect(natsURL, nats.Name("funcforge-queue-worker"), nats.MaxReconnects(-1),
		nats.ReconnectWait(2*time.Second))
	if err != nil {
		log.Fatalf("connect: %s", err)
	}
	defer nc.Drain()

	js, err := nc.JetStream()
	if err != nil {
		log.Fatalf("jetstream: %s", err)
	}

	sub, err := js.PullSubscribe(cfg.Subject, cfg.Durable,
		nats.BindStream(cfg.Stream),
		nats.AckWait(cfg.AckWait),
		nats.MaxDeliver(cfg.MaxRetries),
		nats.MaxAckPending(cfg.MaxInflight))
	if err != nil {
		log.Fatalf("subscribe %s: %s", cfg.Subject, err)
	}

	invoker := NewInvoker(cfg)

	go func() {
		mux := http.NewServeMux()
		mux.Handle("/metrics", promhttp.Handler())
		mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(200) })
		log.Fatal(http.ListenAndServe(":8081", mux))
	}()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()

	for ctx.Err() == nil {
		msgs, err := sub.Fetch(cfg.MaxInflight, nats.MaxWait(5*time.Second))
		if err != nil && err != nats.ErrTimeout {
			log.Printf("fetch: %s", err)
			continue
		}
		for _, m := range msgs {
			if err := invoker.Handle(ctx, m.Data); err != nil {
				log.Printf("invoke failed, will redeliver: %s", err)
				m.NakWithDelay(5 * time.Second)
				continue
			}
			m.Ack()
		}
	}
}
