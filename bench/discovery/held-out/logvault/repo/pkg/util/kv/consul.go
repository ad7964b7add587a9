package kv

import (
	"flag"
	"time"

	consul "github.com/hashicorp/consul/api"
)

// ConsulConfig is kept for backwards compatibility with rings stored in Consul
// (ring.kvstore.store: consul). The recommended and shipped configuration is memberlist.
type ConsulConfig struct {
	Host              string        `yaml:"host"`
	ACLToken          string        `yaml:"acl_token"`
	HTTPClientTimeout time.Duration `yaml:"http_client_timeout"`
	ConsistentReads   bool          `yaml:"consistent_reads"`
}

func (cfg *ConsulConfig) RegisterFlags(f *flag.FlagSet, prefix string) {
	f.StringVar(&cfg.Host, prefix+"consul.hostname", "localhost:8500", "Hostname and port of Consul.")
	f.DurationVar(&cfg.HTTPClientTimeout, prefix+"consul.client-timeout", 2*time.Minute+10*time.Second, "HTTP timeout when talking to Consul")
}

func NewConsulClient(cfg ConsulConfig) (*consul.Client, error) {
	client, err := consul.NewClient(&consul.Config{
		Address: cfg.Host,
		Token:   cfg.ACLToken,
		Scheme:  "http",
	})
	if err != nil {
		return nil, err
	}
	return client, nil
}

// createClient picks the backend named by ring.kvstore.store.
func createClient(backend string, cfg Config) (Client, error) {
	switch backend {
	case "consul":
		return NewConsulKVClient(cfg.Consul)
	case "inmemory":
		return NewInMemoryClient(), nil
	case "memberlist":
		return cfg.MemberlistKV()
	default:
		return nil, fmt.Errorf("invalid KV store type: %s", backend)
	}
}
