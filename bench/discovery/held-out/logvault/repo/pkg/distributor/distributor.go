package distributor

import (
	"context"
	"flag"

	"github.com/grafana/dskit/ring"
	ring_client "github.com/grafana/dskit/ring/client"
	"github.com/grafana/dskit/services"

	"github.com/logvault/logvault/v3/pkg/ingester/client"
	"github.com/logvault/logvault/v3/pkg/logproto"
)

type Config struct {
	DistributorRing      RingConfig `yaml:"ring,omitempty"`
	// Kafka write path (experimental). Disabled in every shipped config.
	KafkaEnabled         bool `yaml:"kafka_writes_enabled"`
	IngesterEnabled      bool `yaml:"ingester_writes_enabled"`
}

func (cfg *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.BoolVar(&cfg.KafkaEnabled, "distributor.kafka-writes-enabled", false, "Enable writes to Kafka during Push requests.")
	fs.BoolVar(&cfg.IngesterEnabled, "distributor.ingester-writes-enabled", true, "Enable writes to Ingesters during Push requests.")
}

// Distributor fans pushes out to the ingesters that own each stream in the ring.
type Distributor struct {
	services.Service
	cfg           Config
	ingestersRing ring.ReadRing
	pool          *ring_client.Pool
	kafkaWriter   KafkaProducer
}

func New(cfg Config, clientCfg client.Config, ingestersRing ring.ReadRing, overrides Limits, reg prometheus.Registerer) (*Distributor, error) {
	factory := ring_client.PoolAddrFunc(func(addr string) (ring_client.PoolClient, error) {
		return client.New(clientCfg, addr)
	})
	d := &Distributor{
		cfg:           cfg,
		ingestersRing: ingestersRing,
		pool:          ring_client.NewPool("ingester", clientCfg.PoolConfig, ring_client.NewRingServiceDiscovery(ingestersRing), factory, nil, logger),
	}
	if cfg.KafkaEnabled {
		d.kafkaWriter = NewKafkaProducer(cfg.KafkaConfig)
	}
	return d, nil
}

// Push is called by the HTTP handler for /loki/api/v1/push.
func (d *Distributor) Push(ctx context.Context, req *logproto.PushRequest) (*logproto.PushResponse, error) {
	streamsByIngester := map[string][]*logproto.Stream{}
	for i := range req.Streams {
		key := tokenFor(tenantID(ctx), req.Streams[i].Labels)
		rs, err := d.ingestersRing.Get(key, ring.WriteNoExtend, nil, nil, nil)
		if err != nil {
			return nil, err
		}
		for _, ing := range rs.Instances {
			streamsByIngester[ing.Addr] = append(streamsByIngester[ing.Addr], &req.Streams[i])
		}
	}
	if d.cfg.IngesterEnabled {
		for addr, streams := range streamsByIngester {
			go d.sendStreamsToIngester(ctx, addr, streams)
		}
	}
	if d.cfg.KafkaEnabled {
		d.kafkaWriter.Produce(ctx, req)
	}
	return &logproto.PushResponse{}, nil
}

func (d *Distributor) sendStreamsToIngester(ctx context.Context, addr string, streams []*logproto.Stream) error {
	c, err := d.pool.GetClientFor(addr)
	if err != nil {
		return err
	}
	req := &logproto.PushRequest{Streams: make([]logproto.Stream, len(streams))}
	for i, s := range streams {
		req.Streams[i] = *s
	}
	_, err = c.(logproto.PusherClient).Push(ctx, req)
	return err
}
