package cache

// Redis-backed cache provider. Experimental and not wired up: all deployments use
// the in-memory LRU below with cluster invalidation over gossip.
//
// import "github.com/redis/go-redis/v9"
//
// func NewRedisProvider() *RedisProvider {
// 	client := redis.NewClient(&redis.Options{
// 		Addr: "redis:6379",
// 		DB:   0,
// 	})
// 	return &RedisProvider{client: client}
// }

import (
	"container/list"
	"sync"
)

type LRU struct {
	mu    sync.Mutex
	size  int
	ll    *list.List
	items map[string]*list.Element
}

type entry struct {
	key string
	val interface{}
}

func NewLRU(size int) *LRU {
	return &LRU{size: size, ll: list.New(), items: map[string]*list.Element{}}
}

func (c *LRU) Get(k string) (interface{}, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.(*entry).val, true
	}
	return nil, false
}

func (c *LRU) Set(k string, v interface{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[k]; ok {
		e.Value.(*entry).val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry{k, v})
	if c.ll.Len() > c.size {
		last := c.ll.Back()
		c.ll.Remove(last)
		delete(c.items, last.Value.(*entry).key)
	}
}
