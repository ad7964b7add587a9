package v2

import (
	"context"
	"flag"

	"github.com/grafana/dskit/httpgrpc"

	"github.com/logvault/logvault/v3/pkg/lokifrontend/frontend/v2/frontendv2pb"
	"github.com/logvault/logvault/v3/pkg/storage/chunk/cache/resultscache"
)

type Config struct {
	SchedulerAddress  string `yaml:"scheduler_address"`
	Addr              string `yaml:"address" doc:"hidden"`
	Port              int    `doc:"hidden"`
	// Results cache (memcached) used by the query-range middleware.
	ResultsCache      resultscache.Config `yaml:"results_cache"`
}

func (cfg *Config) RegisterFlags(f *flag.FlagSet) {
	f.StringVar(&cfg.SchedulerAddress, "frontend.scheduler-address", "", "DNS hostname used for finding query-schedulers.")
}

// Frontend implements GrpcRoundTripper and FrontendForQuerierServer: queriers call
// QueryResult on it when they finish a query.
type Frontend struct {
	cfg             Config
	schedulerWorkers *frontendSchedulerWorkers
	requests        *requestsInProgress
}

func (f *Frontend) RoundTripGRPC(ctx context.Context, req *httpgrpc.HTTPRequest) (*httpgrpc.HTTPResponse, error) {
	freq := &frontendRequest{queryID: f.lastQueryID.Inc(), request: req, response: make(chan *frontendv2pb.QueryResultRequest, 1)}
	f.requests.put(freq)
	defer f.requests.delete(freq.queryID)
	f.requestsCh <- freq
	select {
	case <-ctx.Done():
		return nil, ctx.Err()
	case resp := <-freq.response:
		return resp.HttpResponse, nil
	}
}

func (f *Frontend) QueryResult(ctx context.Context, qrReq *frontendv2pb.QueryResultRequest) (*frontendv2pb.QueryResultResponse, error) {
	req := f.requests.get(qrReq.QueryID)
	if req != nil {
		req.response <- qrReq
	}
	return &frontendv2pb.QueryResultResponse{}, nil
}
