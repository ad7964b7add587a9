// Package cache keeps thing key -> ID lookups in Redis (things-redis).
package cache

import (
	"context"
	"fmt"
	"time"

	"github.com/go-redis/redis/v8"
)

const keyPrefix = "thing_key"

type thingCache struct {
	client      *redis.Client
	keyDuration time.Duration
}

func NewThingCache(client *redis.Client, d time.Duration) *thingCache {
	return &thingCache{client: client, keyDuration: d}
}

func (tc *thingCache) Save(ctx context.Context, key, id string) error {
	return tc.client.Set(ctx, fmt.Sprintf("%s:%s", keyPrefix, key), id, tc.keyDuration).Err()
}

func (tc *thingCache) ID(ctx context.Context, key string) (string, error) {
	return tc.client.Get(ctx, fmt.Sprintf("%s:%s", keyPrefix, key)).Result()
}
