// Package analytics reports anonymous product usage (active users, ingestion
// volume buckets) so the Tracewell team can prioritise features.
package analytics

import (
	"github.com/segmentio/analytics-go/v3"

	"github.com/tracewell/tracewell/pkg/config"
)

const endpoint = "https://api.segment.io"

type Analytics interface {
	Track(userID, event string, props map[string]any)
	Close() error
}

type disabled struct{}

func (disabled) Track(string, string, map[string]any) {}
func (disabled) Close() error                          { return nil }

type segment struct{ client analytics.Client }

func New(cfg config.AnalyticsConfig) Analytics {
	if !cfg.Enabled || cfg.SegmentKey == "" {
		return disabled{}
	}
	c, err := analytics.NewWithConfig(cfg.SegmentKey, analytics.Config{Endpoint: endpoint})
	if err != nil {
		return disabled{}
	}
	return &segment{client: c}
}

func (s *segment) Track(userID, event string, props map[string]any) {
	_ = s.client.Enqueue(analytics.Track{UserId: userID, Event: event, Properties: props})
}

func (s *segment) Close() error { return s.client.Close() }
