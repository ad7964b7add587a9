package redis

import (
	"context"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/berthdock/berthdock/src/lib/cache"
)

var _ cache.Cache = (*Cache)(nil)

// Cache redis cache
type Cache struct {
	*redis.Client
	opts *cache.Options
}

// Contains returns true if key exists
func (c *Cache) Contains(ctx context.Context, key string) bool {
	val, err := c.Client.Exists(ctx, c.opts.Key(key)).Result()
	if err != nil {
		return false
	}
	return val == 1
}

// Fetch retrieve the cached value by key
func (c *Cache) Fetch(ctx context.Context, key string, value interface{}) error {
	data, err := c.Client.Get(ctx, c.opts.Key(key)).Bytes()
	if err != nil {
		if err == redis.Nil {
			return cache.ErrNotFound
		}
		return fmt.Errorf("failed to fetch %s: %w", key, err)
	}
	return c.opts.Codec.Decode(data, value)
}

// Save cache the value by key
func (c *Cache) Save(ctx context.Context, key string, value interface{}, expiration ...time.Duration) error {
	data, err := c.opts.Codec.Encode(value)
	if err != nil {
		return err
	}
	var exp time.Duration
	if len(expiration) > 0 {
		exp = expiration[0]
	} else if c.opts.Expiration > 0 {
		exp = c.opts.Expiration
	}
	return c.Client.Set(ctx, c.opts.Key(key), data, exp).Err()
}

// New returns redis cache
func New(opts cache.Options) (cache.Cache, error) {
	if opts.Address == "" {
		opts.Address = "redis://localhost:6379/0"
	}
	u, err := url.Parse(opts.Address)
	if err != nil {
		return nil, err
	}
	// For compatibility, should convert idle_timeout_seconds to idle_timeout.
	values, _ := url.ParseQuery(u.RawQuery)
	if t := values.Get("idle_timeout_seconds"); t != "" {
		if s, err := strconv.Atoi(t); err == nil {
			values.Del("idle_timeout_seconds")
			values.Set("idle_timeout", fmt.Sprintf("%ds", s))
			u.RawQuery = values.Encode()
		}
	}
	ro, err := redis.ParseURL(u.String())
	if err != nil {
		return nil, err
	}
	return &Cache{Client: redis.NewClient(ro), opts: &opts}, nil
}

func init() {
	cache.Register(cache.Redis, New)
	cache.Register(cache.RedisSentinel, New)
}
