// Package tracing sets up the Jaeger tracer shared by all services.
package tracing

import (
	"fmt"
	"os"
	"strconv"
	"time"

	opentracing "github.com/opentracing/opentracing-go"
	"github.com/rs/zerolog/log"
	"github.com/uber/jaeger-client-go/config"
)

var defaultSampleRatio float64 = 0.01

// Init returns a newly configured tracer reporting spans to the jaeger agent at host.
func Init(serviceName, host string) (opentracing.Tracer, error) {
	ratio := defaultSampleRatio
	if val, ok := os.LookupEnv("JAEGER_SAMPLE_RATIO"); ok {
		if r, err := strconv.ParseFloat(val, 64); err == nil && r <= 1 {
			ratio = r
		}
	}
	log.Info().Msgf("Jaeger client: adjusted sample ratio %f", ratio)
	tempCfg := &config.Configuration{
		ServiceName: serviceName,
		Sampler: &config.SamplerConfig{
			Type:  "probabilistic",
			Param: ratio,
		},
		Reporter: &config.ReporterConfig{
			LogSpans:            false,
			BufferFlushInterval: 1 * time.Second,
			LocalAgentHostPort:  host,
		},
	}
	tracer, _, err := tempCfg.NewTracer()
	if err != nil {
		return nil, fmt.Errorf("new tracer error: %v", err)
	}
	return tracer, nil
}
