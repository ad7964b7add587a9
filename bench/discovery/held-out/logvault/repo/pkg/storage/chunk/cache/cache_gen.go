package cache

import "flag"

// Config for building Caches. Each cache (chunks, results, index queries, write dedupe)
// is independently enabled; a cache with no backend configured is a no-op.
type Config struct {
	EnableFifoCache bool                  `yaml:"enable_fifocache"`
	Enabled         *bool                 `yaml:"enabled,omitempty"`
	MemcacheClient  MemcachedClientConfig `yaml:"memcached_client"`
	Prefix          string                `yaml:"prefix"`
}

func (cfg *Config) RegisterFlagsWithPrefix(prefix, description string, f *flag.FlagSet) {
	cfg.MemcacheClient.RegisterFlagsWithPrefix(prefix, description, f)
	f.StringVar(&cfg.Prefix, prefix+"cache.prefix", "", description+"Cache config prefix")
}

func IsCacheConfigured(cfg Config) bool {
	if cfg.Enabled != nil && !*cfg.Enabled {
		return false
	}
	return cfg.MemcacheClient.Host != "" || cfg.MemcacheClient.Addresses != ""
}

func New(cfg Config, reg prometheus.Registerer, logger log.Logger) (Cache, error) {
	if !IsCacheConfigured(cfg) {
		return NewNoopCache(), nil
	}
	client := NewMemcachedClient(cfg.MemcacheClient, cfg.Prefix)
	return &Memcached{memcache: client, name: cfg.Prefix}, nil
}
