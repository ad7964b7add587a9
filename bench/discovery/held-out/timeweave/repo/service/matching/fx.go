package matching

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

// Module wires the matching role. Matching calls history to record that a task was
// handed to a poller (RecordWorkflowTaskStarted / RecordActivityTaskStarted). It does
// not talk to visibility.
var Module = fx.Options(
	fx.Provide(client.NewFactory),
	fx.Provide(func(f client.Factory) (historyservice.HistoryServiceClient, error) { return f.NewHistoryClient() }),
	fx.Provide(NewTaskQueueManager),
	fx.Provide(NewHandler),
	fx.Invoke(func(lc fx.Lifecycle, h *Handler, rpcFactory *rpc.Factory, monitor membership.Monitor, cfg *config.Config) {
		s := grpc.NewServer()
		matchingservice.RegisterMatchingServiceServer(s, h)
		lc.Append(fx.StartHook(func() error {
			lis, err := rpcFactory.GetGRPCListener()
			if err != nil {
				return err
			}
			telemetry.StartPrometheusListener(cfg.Global.Metrics)
			monitor.Start()
			go func() { _ = s.Serve(lis) }()
			return nil
		}))
	}),
)
