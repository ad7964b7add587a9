package frontend

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

// Module wires the frontend role: it needs clients for history (by shard) and
// matching (by task queue); both resolve hosts from the membership ring.
var Module = fx.Options(
	fx.Provide(client.NewFactory),
	fx.Provide(HistoryClientProvider),
	fx.Provide(MatchingClientProvider),
	fx.Provide(NewWorkflowHandler),
	fx.Provide(NewAdminHandler),
	fx.Provide(GrpcServerProvider),
	fx.Provide(NewHTTPAPIServer),
	fx.Invoke(ServiceLifetimeHooks),
)

func HistoryClientProvider(f client.Factory) (historyservice.HistoryServiceClient, error) {
	return f.NewHistoryClient()
}

func MatchingClientProvider(f client.Factory) (matchingservice.MatchingServiceClient, error) {
	return f.NewMatchingClient()
}

func GrpcServerProvider(h *WorkflowHandler, a *AdminHandler) *grpc.Server {
	s := grpc.NewServer(grpc.ChainUnaryInterceptor(NamespaceValidatorInterceptor, AuthorizationInterceptor))
	RegisterWorkflowServiceServer(s, h)
	RegisterAdminServiceServer(s, a)
	return s
}

func ServiceLifetimeHooks(lc fx.Lifecycle, s *grpc.Server, rpcFactory *rpc.Factory, monitor membership.Monitor, cfg *config.Config, httpAPI *HTTPAPIServer) {
	lc.Append(fx.StartHook(func() error {
		lis, err := rpcFactory.GetGRPCListener()
		if err != nil {
			return err
		}
		telemetry.StartPrometheusListener(cfg.Global.Metrics)
		monitor.Start()
		go func() { _ = s.Serve(lis) }()
		go httpAPI.Serve()
		return nil
	}))
	lc.Append(fx.StopHook(func() { _ = monitor.EvictSelf(); s.GracefulStop() }))
}
