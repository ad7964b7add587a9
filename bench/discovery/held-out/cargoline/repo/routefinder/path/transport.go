package path

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/go-kit/kit/endpoint"
	"github.com/go-kit/kit/metrics"
	kithttp "github.com/go-kit/kit/transport/http"
	"github.com/go-kit/log"
)

type shortestPathRequest struct {
	From string
	To   string
}

type shortestPathResponse struct {
	Paths []TransitPath `json:"paths"`
	Err   string        `json:"error,omitempty"`
}

func makeShortestPathEndpoint(s Service) endpoint.Endpoint {
	return func(ctx context.Context, request interface{}) (interface{}, error) {
		req := request.(shortestPathRequest)
		p, err := s.ShortestPath(ctx, req.From, req.To)
		if err != nil {
			return shortestPathResponse{Err: err.Error()}, nil
		}
		return shortestPathResponse{Paths: p}, nil
	}
}

// MakeHandler returns the HTTP handler for GET /paths.
func MakeHandler(s Service, logger log.Logger) http.Handler {
	return kithttp.NewServer(
		makeShortestPathEndpoint(s),
		func(_ context.Context, r *http.Request) (interface{}, error) {
			return shortestPathRequest{From: r.URL.Query().Get("from"), To: r.URL.Query().Get("to")}, nil
		},
		func(_ context.Context, w http.ResponseWriter, resp interface{}) error {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			if r := resp.(shortestPathResponse); r.Err != "" {
				w.WriteHeader(http.StatusBadRequest)
			}
			return json.NewEncoder(w).Encode(resp)
		},
	)
}

type loggingService struct {
	logger log.Logger
	Service
}

// NewLoggingService wraps s with request logging.
func NewLoggingService(logger log.Logger, s Service) Service { return &loggingService{logger, s} }

func (s *loggingService) ShortestPath(ctx context.Context, origin, destination string) (p []TransitPath, err error) {
	defer func(begin time.Time) {
		s.logger.Log("method", "shortest_path", "origin", origin, "destination", destination, "took", time.Since(begin), "err", err)
	}(time.Now())
	return s.Service.ShortestPath(ctx, origin, destination)
}

type instrumentingService struct {
	count   metrics.Counter
	latency metrics.Histogram
	Service
}

// NewInstrumentingService wraps s with Prometheus metrics.
func NewInstrumentingService(c metrics.Counter, l metrics.Histogram, s Service) Service {
	return &instrumentingService{c, l, s}
}

func (s *instrumentingService) ShortestPath(ctx context.Context, origin, destination string) ([]TransitPath, error) {
	defer func(begin time.Time) {
		s.count.With("method", "shortest_path").Add(1)
		s.latency.With("method", "shortest_path").Observe(time.Since(begin).Seconds())
	}(time.Now())
	return s.Service.ShortestPath(ctx, origin, destination)
}
