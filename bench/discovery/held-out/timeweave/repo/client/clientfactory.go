package client

import (
	"go.timeweave.io/server/api/historyservice/v1"
	"go.timeweave.io/server/api/matchingservice/v1"
	"go.timeweave.io/server/client/history"
	"go.timeweave.io/server/client/matching"
	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/rpc"
)

// Factory builds clients for the internal roles. The concrete address of each call is
// resolved per request from the membership ring (history by shard id, matching by
// task queue partition), so there is no host:port in config for these.
type Factory interface {
	NewHistoryClient() (historyservice.HistoryServiceClient, error)
	NewMatchingClient() (matchingservice.MatchingServiceClient, error)
}

type factory struct {
	rpcFactory *rpc.Factory
	monitor    membership.Monitor
	numShards  int32
}

func NewFactory(rpcFactory *rpc.Factory, monitor membership.Monitor, persistenceCfg config.Persistence) Factory {
	return &factory{rpcFactory: rpcFactory, monitor: monitor, numShards: persistenceCfg.NumHistoryShards}
}

func (f *factory) NewHistoryClient() (historyservice.HistoryServiceClient, error) {
	resolver, err := f.monitor.GetResolver(membership.HistoryService)
	if err != nil {
		return nil, err
	}
	return history.NewClient(f.numShards, resolver, f.rpcFactory), nil
}

func (f *factory) NewMatchingClient() (matchingservice.MatchingServiceClient, error) {
	resolver, err := f.monitor.GetResolver(membership.MatchingService)
	if err != nil {
		return nil, err
	}
	return matching.NewClient(resolver, f.rpcFactory), nil
}
