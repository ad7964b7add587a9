// Licensed to Apache Software Foundation (ASF) under the Apache License, Version 2.0.

package main

import (
	"context"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"sync"
	"syscall"
)

type playCounter struct {
	mu     sync.Mutex
	counts map[int64]int64
}

type trendingEntry struct {
	SongID int64 `json:"songId"`
	Plays  int64 `json:"plays"`
}

func (c *playCounter) add(id int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[id]++
}

func (c *playCounter) top(n int) []trendingEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]trendingEntry, 0, len(c.counts))
	for id, plays := range c.counts {
		out = append(out, trendingEntry{id, plays})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Plays > out[j].Plays })
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func getenv(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func main() {
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()

	counter := &playCounter{counts: map[int64]int64{}}
	reader := newReader(
		getenv("KAFKA_BROKERS", "localhost:9092"),
		getenv("SONG_PLAYS_TOPIC", "song-plays"),
		getenv("KAFKA_GROUP_ID", "trending-service"),
	)
	defer reader.Close()
	go consume(ctx, reader, counter)

	mux := http.NewServeMux()
	mux.HandleFunc("/trending", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(counter.top(10))
	})
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte("OK"))
	})

	srv := &http.Server{Addr: ":" + getenv("PORT", "80"), Handler: mux}
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
		log.Fatalf("trending service start error: %v", err)
	}
}
