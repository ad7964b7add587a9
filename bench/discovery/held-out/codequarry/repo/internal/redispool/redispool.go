// Package redispool exposes the two Redis pools used by CodeQuarry:
// Cache (redis-cache, ephemeral, LRU) and Store (redis-store, persistent
// sessions, locks and rate limiters).
package redispool

import (
	"os"
	"time"

	"github.com/gomodule/redigo/redis"
)

func addr(specific string) string {
	if v := os.Getenv(specific); v != "" {
		return v
	}
	// REDIS_ENDPOINT is the legacy single-instance setting.
	if v := os.Getenv("REDIS_ENDPOINT"); v != "" {
		return v
	}
	return "127.0.0.1:6379"
}

func newPool(address string) *redis.Pool {
	return &redis.Pool{
		MaxIdle:     8,
		IdleTimeout: 240 * time.Second,
		Dial: func() (redis.Conn, error) {
			return redis.Dial("tcp", address, redis.DialConnectTimeout(5*time.Second))
		},
		TestOnBorrow: func(c redis.Conn, t time.Time) error {
			_, err := c.Do("PING")
			return err
		},
	}
}

var (
	// Cache is redis-cache.
	Cache = newPool(addr("REDIS_CACHE_ENDPOINT"))
	// Store is redis-store.
	Store = newPool(addr("REDIS_STORE_ENDPOINT"))
)
