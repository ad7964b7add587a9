package v2

import (
	"context"

	"github.com/grafana/dskit/backoff"
	"google.golang.org/grpc"

	"github.com/logvault/logvault/v3/pkg/scheduler/schedulerpb"
)

// frontendSchedulerWorkers connect to every query-scheduler instance (frontend.scheduler_address,
// query-scheduler:9095) and enqueue incoming queries there.
type frontendSchedulerWorker struct {
	conn          *grpc.ClientConn
	concurrency   int
	schedulerAddr string
	frontendAddr  string
	requestCh     <-chan *frontendRequest
}

func (w *frontendSchedulerWorker) runOne(ctx context.Context, client schedulerpb.SchedulerForFrontendClient) {
	backoff := backoff.New(ctx, backoffConfig)
	for backoff.Ongoing() {
		loop, loopErr := client.FrontendLoop(ctx)
		if loopErr != nil {
			backoff.Wait()
			continue
		}
		loopErr = w.schedulerLoop(loop)
		if loopErr != nil {
			backoff.Wait()
			continue
		}
		backoff.Reset()
	}
}

func (w *frontendSchedulerWorker) schedulerLoop(loop schedulerpb.SchedulerForFrontend_FrontendLoopClient) error {
	if err := loop.Send(&schedulerpb.FrontendToScheduler{Type: schedulerpb.INIT, FrontendAddress: w.frontendAddr}); err != nil {
		return err
	}
	for req := range w.requestCh {
		err := loop.Send(&schedulerpb.FrontendToScheduler{
			Type:            schedulerpb.ENQUEUE,
			QueryID:         req.queryID,
			UserID:          req.userID,
			HttpRequest:     req.request,
			FrontendAddress: w.frontendAddr,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func newFrontendSchedulerWorker(conn *grpc.ClientConn, schedulerAddr string, frontendAddr string, requestCh <-chan *frontendRequest, concurrency int) *frontendSchedulerWorker {
	w := &frontendSchedulerWorker{conn: conn, concurrency: concurrency, schedulerAddr: schedulerAddr, frontendAddr: frontendAddr, requestCh: requestCh}
	go w.runOne(context.Background(), schedulerpb.NewSchedulerForFrontendClient(conn))
	return w
}
