package history

import (
	"go.uber.org/fx"
	"google.golang.org/grpc"

	"go.timeweave.io/server/api/historyservice/v1"
	"go.timeweave.io/server/api/matchingservice/v1"
	"go.timeweave.io/server/client"
	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/rpc"
	"go.timeweave.io/server/common/telemetry"
)

// Module wires the history role. History pushes workflow/activity tasks to matching,
// and forwards requests for shards it no longer owns to the owning history host.
var Module = fx.Options(
	fx.Provide(client.NewFactory),
	fx.Provide(func(f client.Factory) (matchingservice.MatchingServiceClient, error) { return f.NewMatchingClient() }),
	fx.Provide(func(f client.Factory) (historyservice.HistoryServiceClient, error) { return f.NewHistoryClient() }),
	fx.Provide(NewShardController),
	fx.Provide(NewTransferQueueProcessor),
	fx.Provide(NewVisibilityQueueProcessor),
	fx.Provide(NewHandler),
	fx.Invoke(ServiceLifetimeHooks),
)

func ServiceLifetimeHooks(lc fx.Lifecycle, h *Handler, rpcFactory *rpc.Factory, monitor membership.Monitor, cfg *config.Config,
	sc *ShardController, tq *TransferQueueProcessor, vq *VisibilityQueueProcessor) {
	s := grpc.NewServer()
	historyservice.RegisterHistoryServiceServer(s, h)
	lc.Append(fx.StartHook(func() error {
		lis, err := rpcFactory.GetGRPCListener()
		if err != nil {
			return err
		}
		telemetry.StartPrometheusListener(cfg.Global.Metrics)
		monitor.Start()
		sc.Start()
		tq.Start()
		vq.Start()
		go func() { _ = s.Serve(lis) }()
		return nil
	}))
	lc.Append(fx.StopHook(func() { sc.Stop(); s.GracefulStop() }))
}
