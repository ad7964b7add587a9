package cache

import (
	"flag"
	"strings"
	"time"

	"github.com/bradfitz/gomemcache/memcache"
)

// MemcachedClientConfig defines how a MemcachedClient should be constructed.
// Used by chunk_store_config.chunk_cache_config (ingesters, queriers) and
// query_range.results_cache (query-frontend).
type MemcachedClientConfig struct {
	Host        string        `yaml:"host"`
	Service     string        `yaml:"service"`
	Addresses   string        `yaml:"addresses"`
	Timeout     time.Duration `yaml:"timeout"`
	MaxIdleConns int          `yaml:"max_idle_conns"`
}

func (cfg *MemcachedClientConfig) RegisterFlagsWithPrefix(prefix, description string, f *flag.FlagSet) {
	f.StringVar(&cfg.Addresses, prefix+"memcached.addresses", "", description+"Comma separated addresses list in DNS Service Discovery format: https://grafana.com/docs/mimir/latest/configure/about-dns-service-discovery/#supported-discovery-modes")
	f.DurationVar(&cfg.Timeout, prefix+"memcached.timeout", 100*time.Millisecond, description+"Maximum time to wait before giving up on memcached requests.")
}

type memcachedClient struct {
	*memcache.Client
	addresses []string
}

func NewMemcachedClient(cfg MemcachedClientConfig, name string) *memcachedClient {
	addrs := strings.Split(cfg.Addresses, ",")
	c := memcache.New(addrs...)
	c.Timeout = cfg.Timeout
	c.MaxIdleConns = cfg.MaxIdleConns
	return &memcachedClient{Client: c, addresses: addrs}
}

// Memcached type caches chunks / results in memcached.
type Memcached struct {
	memcache *memcachedClient
	name     string
}

func (c *Memcached) Store(keys []string, bufs [][]byte) error {
	for i := range keys {
		if err := c.memcache.Set(&memcache.Item{Key: keys[i], Value: bufs[i]}); err != nil {
			return err
		}
	}
	return nil
}

func (c *Memcached) Fetch(keys []string) (found []string, bufs [][]byte, missed []string) {
	items, err := c.memcache.GetMulti(keys)
	if err != nil {
		return nil, nil, keys
	}
	for _, k := range keys {
		if it, ok := items[k]; ok {
			found = append(found, k)
			bufs = append(bufs, it.Value)
		} else {
			missed = append(missed, k)
		}
	}
	return
}
