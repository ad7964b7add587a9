// Package rcache is a small TTL key/value cache on top of redispool.Cache.
package rcache

import (
	"github.com/codequarry/codequarry/internal/redispool"
	"github.com/gomodule/redigo/redis"
)

const keyPrefix = "v2:"

type Cache struct {
	namespace string
	ttl       int
}

func New(namespace string, ttlSeconds int) *Cache { return &Cache{namespace: namespace, ttl: ttlSeconds} }

func (c *Cache) key(k string) string { return keyPrefix + c.namespace + ":" + k }

func (c *Cache) Get(k string) ([]byte, bool) {
	conn := redispool.Cache.Get()
	defer conn.Close()
	b, err := redis.Bytes(conn.Do("GET", c.key(k)))
	if err != nil {
		return nil, false
	}
	return b, true
}

func (c *Cache) Set(k string, v []byte) {
	conn := redispool.Cache.Get()
	defer conn.Close()
	_, _ = conn.Do("SETEX", c.key(k), c.ttl, v)
}
