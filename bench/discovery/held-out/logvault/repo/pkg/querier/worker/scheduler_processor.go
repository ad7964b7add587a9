package worker

import (
	"context"
	"time"

	"github.com/grafana/dskit/backoff"
	"github.com/grafana/dskit/grpcclient"
	"github.com/grafana/dskit/httpgrpc"
	"github.com/grafana/dskit/ring/client"
	"google.golang.org/grpc"

	"github.com/logvault/logvault/v3/pkg/lokifrontend/frontend/v2/frontendv2pb"
	"github.com/logvault/logvault/v3/pkg/scheduler/schedulerpb"
)

type Config struct {
	// Address of the query-scheduler, e.g. query-scheduler:9095 (frontend_worker.scheduler_address).
	SchedulerAddress string            `yaml:"scheduler_address"`
	DNSLookupPeriod  time.Duration     `yaml:"dns_lookup_duration"`
	Parallelism      int               `yaml:"parallelism"`
	GRPCClientConfig grpcclient.Config `yaml:"grpc_client_config"`
}

// schedulerProcessor dials the scheduler, receives queries via QuerierLoop, executes
// them against the local HTTP handler and sends the result straight back to the
// query-frontend that enqueued it (FrontendForQuerier.QueryResult).
type schedulerProcessor struct {
	handler        RequestHandler
	grpcConfig     grpcclient.Config
	frontendPool   *client.Pool
	querierID      string
}

func (sp *schedulerProcessor) processQueriesOnSingleStream(workerCtx context.Context, conn *grpc.ClientConn, address string) {
	schedulerClient := schedulerpb.NewSchedulerForQuerierClient(conn)
	backoff := backoff.New(workerCtx, processorBackoffConfig)
	for backoff.Ongoing() {
		c, err := schedulerClient.QuerierLoop(workerCtx)
		if err == nil {
			err = c.Send(&schedulerpb.QuerierToScheduler{QuerierID: sp.querierID})
		}
		if err != nil {
			backoff.Wait()
			continue
		}
		if err := sp.querierLoop(c, address); err != nil {
			backoff.Wait()
			continue
		}
		backoff.Reset()
	}
}

func (sp *schedulerProcessor) querierLoop(c schedulerpb.SchedulerForQuerier_QuerierLoopClient, address string) error {
	for {
		request, err := c.Recv()
		if err != nil {
			return err
		}
		go func() {
			ctx := c.Context()
			response, err := sp.handler.Do(ctx, request.HttpRequest)
			if err != nil {
				response = &httpgrpc.HTTPResponse{Code: 500, Body: []byte(err.Error())}
			}
			sp.runRequest(ctx, request.QueryID, request.FrontendAddress, response)
			_ = c.Send(&schedulerpb.QuerierToScheduler{})
		}()
	}
}

func (sp *schedulerProcessor) runRequest(ctx context.Context, queryID uint64, frontendAddress string, response *httpgrpc.HTTPResponse) {
	c, err := sp.frontendPool.GetClientFor(frontendAddress)
	if err == nil {
		_, err = c.(frontendv2pb.FrontendForQuerierClient).QueryResult(ctx, &frontendv2pb.QueryResultRequest{
			QueryID:      queryID,
			HttpResponse: response,
		})
	}
	if err != nil {
		level.Error(sp.log).Log("msg", "error notifying frontend about finished query", "err", err, "frontend", frontendAddress)
	}
}

func (sp *schedulerProcessor) createFrontendClient(addr string) (client.PoolClient, error) {
	opts, err := sp.grpcConfig.DialOption(nil, nil)
	if err != nil {
		return nil, err
	}
	conn, err := grpc.Dial(addr, opts...)
	if err != nil {
		return nil, err
	}
	return &frontendClient{FrontendForQuerierClient: frontendv2pb.NewFrontendForQuerierClient(conn), conn: conn}, nil
}
