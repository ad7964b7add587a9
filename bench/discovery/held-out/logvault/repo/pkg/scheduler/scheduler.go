package scheduler

import (
	"context"
	"flag"
	"time"

	"github.com/grafana/dskit/services"

	"github.com/logvault/logvault/v3/pkg/queue"
	"github.com/logvault/logvault/v3/pkg/scheduler/schedulerpb"
)

type Config struct {
	MaxOutstandingPerTenant int           `yaml:"max_outstanding_requests_per_tenant"`
	QuerierForgetDelay      time.Duration `yaml:"querier_forget_delay"`
	UseSchedulerRing        bool          `yaml:"use_scheduler_ring"`
}

func (cfg *Config) RegisterFlags(f *flag.FlagSet) {
	f.IntVar(&cfg.MaxOutstandingPerTenant, "query-scheduler.max-outstanding-requests-per-tenant", 32000, "")
}

// Scheduler is the gRPC server both query-frontends (FrontendLoop) and queriers
// (QuerierLoop) connect to. It does not dial anyone itself.
type Scheduler struct {
	services.Service
	cfg          Config
	requestQueue *queue.RequestQueue
}

func NewScheduler(cfg Config, limits Limits, log log.Logger, reg prometheus.Registerer) (*Scheduler, error) {
	s := &Scheduler{cfg: cfg, requestQueue: queue.NewRequestQueue(cfg.MaxOutstandingPerTenant, cfg.QuerierForgetDelay, limits, nil)}
	s.Service = services.NewBasicService(nil, s.running, nil)
	return s, nil
}

func (s *Scheduler) FrontendLoop(frontend schedulerpb.SchedulerForFrontend_FrontendLoopServer) error {
	for {
		msg, err := frontend.Recv()
		if err != nil {
			return err
		}
		if msg.Type == schedulerpb.ENQUEUE {
			_ = s.enqueueRequest(frontend.Context(), msg)
		}
		_ = frontend.Send(&schedulerpb.SchedulerToFrontend{Status: schedulerpb.OK})
	}
}

func (s *Scheduler) QuerierLoop(querier schedulerpb.SchedulerForQuerier_QuerierLoopServer) error {
	resp, err := querier.Recv()
	if err != nil {
		return err
	}
	querierID := resp.GetQuerierID()
	for {
		req, _, err := s.requestQueue.Dequeue(querier.Context(), querierID)
		if err != nil {
			return err
		}
		r := req.(*schedulerRequest)
		if err := querier.Send(&schedulerpb.SchedulerToQuerier{QueryID: r.queryID, HttpRequest: r.request, FrontendAddress: r.frontendAddress, UserID: r.userID}); err != nil {
			return err
		}
		if _, err := querier.Recv(); err != nil {
			return err
		}
	}
}

func (s *Scheduler) running(ctx context.Context) error {
	<-ctx.Done()
	return nil
}
