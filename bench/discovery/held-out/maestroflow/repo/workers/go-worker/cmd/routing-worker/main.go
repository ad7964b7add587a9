package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/kelseyhightower/envconfig"

	"github.com/kestrel-commerce/routing-go-worker/internal/client"
	"github.com/kestrel-commerce/routing-go-worker/internal/worker"
)

type settings struct {
	Client  client.Config
	Threads int    `envconfig:"WORKER_THREADS" default:"2"`
	Domain  string `envconfig:"WORKER_DOMAIN" default:"kestrel"`
}

func main() {
	var s settings
	if err := envconfig.Process("", &s); err != nil {
		log.Fatal(err)
	}
	tc, err := client.New(s.Client)
	if err != nil {
		log.Fatal(err)
	}
	defer tc.Close()

	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer cancel()

	host, _ := os.Hostname()
	log.Printf("routing worker starting (transport=%s, threads=%d)", s.Client.Transport, s.Threads)
	var wg sync.WaitGroup
	for i := 0; i < s.Threads; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			worker.Run(ctx, tc, fmt.Sprintf("%s-%d", host, n), s.Domain, 250*time.Millisecond)
		}(i)
	}
	wg.Wait()
}
