package metrics

import (
	"context"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"go.woodpecker-ci.org/woodpecker/v2/server/store"
)

var (
	pendingJobs = promauto.NewGauge(prometheus.GaugeOpts{Namespace: "woodpecker", Name: "pending_steps", Help: "Pending steps count."})
	workers     = promauto.NewGauge(prometheus.GaugeOpts{Namespace: "woodpecker", Name: "worker_count", Help: "Worker count."})
)

// StartCollector periodically refreshes gauges from the store.
func StartCollector(ctx context.Context, s store.Store) {
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case <-time.After(10 * time.Second):
				if q, err := s.GetPipelineQueue(); err == nil {
					pendingJobs.Set(float64(len(q)))
				}
				if a, err := s.AgentList(); err == nil {
					workers.Set(float64(len(a)))
				}
			}
		}
	}()
}
