package main

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/go-redis/redis/v8"
	"go.elastic.co/apm/module/apmgoredisv8/v2"
)

type Cache interface {
	Get(ctx context.Context, key string) (string, bool)
	Set(ctx context.Context, key, value string, ttl time.Duration)
}

func newCache(url string) (Cache, error) {
	if url == "inmem" || url == "" {
		return &memCache{m: map[string]string{}}, nil
	}
	if strings.HasPrefix(url, "redis://") {
		opts, err := redis.ParseURL(url)
		if err != nil {
			return nil, err
		}
		client := redis.NewClient(opts)
		client.AddHook(apmgoredisv8.NewHook())
		return &redisCache{client}, nil
	}
	return &memCache{m: map[string]string{}}, nil
}

type redisCache struct{ c *redis.Client }

func (r *redisCache) Get(ctx context.Context, key string) (string, bool) {
	v, err := r.c.Get(ctx, key).Result()
	return v, err == nil
}

func (r *redisCache) Set(ctx context.Context, key, value string, ttl time.Duration) {
	r.c.Set(ctx, key, value, ttl)
}

type memCache struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *memCache) Get(_ context.Context, key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[key]
	return v, ok
}

func (c *memCache) Set(_ context.Context, key, value string, _ time.Duration) {
	c.mu.Lock()
	c.m[key] = value
	c.mu.Unlock()
}
