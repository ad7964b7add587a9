// Package redis connects to a Redis instance used as a cache.
package redis

import "github.com/go-redis/redis/v8"

// Connect parses a redis:// URL such as DM_THINGS_CACHE_URL.
func Connect(url string) (*redis.Client, error) {
	opts, err := redis.ParseURL(url)
	if err != nil {
		return nil, err
	}
	return redis.NewClient(opts), nil
}
