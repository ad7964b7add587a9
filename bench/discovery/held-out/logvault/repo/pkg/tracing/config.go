package tracing

import (
	"flag"
	"io"

	jaegercfg "github.com/uber/jaeger-client-go/config"
	"github.com/opentracing/opentracing-go"
)

type Config struct {
	Enabled bool `yaml:"enabled"`
}

func (cfg *Config) RegisterFlags(f *flag.FlagSet) {
	f.BoolVar(&cfg.Enabled, "tracing.enabled", true, "Set to false to disable tracing.")
}

// NewFromEnv configures a Jaeger tracer from JAEGER_AGENT_HOST / JAEGER_ENDPOINT etc.
// Spans are sent over UDP to the agent (jaeger:6831). This is telemetry only.
func NewFromEnv(serviceName string) (io.Closer, error) {
	cfg, err := jaegercfg.FromEnv()
	if err != nil {
		return nil, err
	}
	cfg.ServiceName = serviceName
	if cfg.Reporter.LocalAgentHostPort == "" && cfg.Reporter.CollectorEndpoint == "" {
		return io.NopCloser(nil), nil
	}
	tracer, closer, err := cfg.NewTracer()
	if err != nil {
		return nil, err
	}
	opentracing.SetGlobalTracer(tracer)
	return closer, nil
}
