package ruler

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"github.com/grafana/dskit/grpcclient"
	"github.com/grafana/dskit/httpgrpc"
	"google.golang.org/grpc"
)

const (
	EvalModeLocal  = "local"
	EvalModeRemote = "remote"
)

// QueryFrontendConfig: with evaluation.mode=remote the ruler sends every rule query to
// the query-frontend over httpgrpc (evaluation.query_frontend.address, e.g. query-frontend:9095).
type QueryFrontendConfig struct {
	Address    string            `yaml:"address"`
	TLSEnabled bool              `yaml:"tls_enabled"`
	GRPCClientConfig grpcclient.Config `yaml:",inline"`
}

func (c *QueryFrontendConfig) RegisterFlags(f *flag.FlagSet) {
	f.StringVar(&c.Address, "ruler.evaluation.query-frontend.address", "", "GRPC listen address of the query-frontend(s). Must be a DNS address (prefixed with dns:///) to enable client side load balancing.")
}

type RemoteEvaluator struct {
	client    httpgrpc.HTTPClient
	overrides RulesLimits
}

func NewRemoteEvaluator(cfg *QueryFrontendConfig, overrides RulesLimits, logger log.Logger, registerer prometheus.Registerer) (*RemoteEvaluator, error) {
	opts, err := cfg.GRPCClientConfig.DialOption(nil, nil)
	if err != nil {
		return nil, err
	}
	conn, err := grpc.Dial(cfg.Address, opts...)
	if err != nil {
		return nil, fmt.Errorf("failed to dial query frontend for remote rule evaluation: %w", err)
	}
	return &RemoteEvaluator{client: httpgrpc.NewHTTPClient(conn), overrides: overrides}, nil
}

func (r *RemoteEvaluator) Eval(ctx context.Context, qs string, now time.Time) (*logqlmodel.Result, error) {
	args := make(url.Values)
	args.Set("query", qs)
	args.Set("time", now.Format(time.RFC3339Nano))
	body := []byte(args.Encode())
	req := httpgrpc.HTTPRequest{
		Method: http.MethodPost,
		Url:    "/loki/api/v1/query",
		Body:   body,
		Headers: []*httpgrpc.Header{
			{Key: "Content-Type", Values: []string{"application/x-www-form-urlencoded"}},
		},
	}
	resp, err := r.client.Handle(ctx, &req)
	if err != nil {
		return nil, fmt.Errorf("rule evaluation failed: %w", err)
	}
	return r.decodeResponse(resp)
}
