package cache

import (
	"context"
	"crypto/tls"
	"fmt"
	"os"

	"github.com/redis/go-redis/v9"
)

type CacheConfig struct {
	Address  string
	Password string
	DB       int
}

type CacheStore struct {
	client *redis.Client
}

func NewCacheStore(ctx context.Context, cfg CacheConfig) (*CacheStore, error) {
	opts := &redis.Options{
		Addr:     cfg.Address,
		Password: cfg.Password,
		DB:       cfg.DB,
	}
	if os.Getenv("TALLYBILL_REDIS_STORE_USE_TLS") == "true" {
		opts.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12}
	}

	client := redis.NewClient(opts)
	if err := client.Ping(ctx).Err(); err != nil {
		return nil, err
	}

	return &CacheStore{client: client}, nil
}

func (c *CacheStore) IsChargeFlagged(ctx context.Context, subscriptionID string, billableMetricID string) (bool, error) {
	n, err := c.client.Exists(ctx, fmt.Sprintf("charge_flag:%s:%s", subscriptionID, billableMetricID)).Result()
	return n > 0, err
}

func (c *CacheStore) FlagSubscription(ctx context.Context, subscriptionID string) error {
	return c.client.SAdd(ctx, "subscriptions_to_refresh", subscriptionID).Err()
}

func (c *CacheStore) Close() error {
	return c.client.Close()
}
