package worker

import (
	"go.uber.org/fx"
	sdkworker "go.timeweave.io/sdk/worker"

	"go.timeweave.io/server/common/config"
	"go.timeweave.io/server/common/membership"
	"go.timeweave.io/server/common/rpc"
	"go.timeweave.io/server/common/sdk"
	"go.timeweave.io/server/common/telemetry"
	"go.timeweave.io/server/service/worker/addsearchattributes"
	"go.timeweave.io/server/service/worker/scanner"
)

// Module wires the internal worker role. It runs system workflows in the
// timeweave-system namespace via an SDK client pointed at the frontend
// (publicClient.hostPort), plus the scanners that read persistence directly.
var Module = fx.Options(
	fx.Provide(SDKClientFactoryProvider),
	fx.Provide(scanner.New),
	fx.Provide(addsearchattributes.NewActivities),
	fx.Invoke(ServiceLifetimeHooks),
)

func SDKClientFactoryProvider(cfg *config.Config, monitor membership.Monitor) sdk.ClientFactory {
	return sdk.NewClientFactory(cfg.PublicClient, func() string {
		r, err := monitor.GetResolver(membership.FrontendService)
		if err != nil {
			return ""
		}
		h, err := r.Lookup("worker")
		if err != nil {
			return ""
		}
		return h.GetAddress()
	})
}

func ServiceLifetimeHooks(lc fx.Lifecycle, cf sdk.ClientFactory, sc *scanner.Scanner, asa *addsearchattributes.Activities,
	monitor membership.Monitor, rpcFactory *rpc.Factory, cfg *config.Config) {
	lc.Append(fx.StartHook(func() error {
		telemetry.StartPrometheusListener(cfg.Global.Metrics)
		monitor.Start()
		c := cf.GetSystemClient()
		w := cf.NewWorker(c, "timeweave-sys-default-tq", sdkWorkerOptions())
		w.RegisterWorkflow(addsearchattributes.AddSearchAttributesWorkflow)
		w.RegisterActivity(asa)
		sc.Register(w)
		return w.Start()
	}))
}

func sdkWorkerOptions() sdkworker.Options {
	return sdkworker.Options{
		MaxConcurrentActivityExecutionSize:     10,
		MaxConcurrentWorkflowTaskExecutionSize: 10,
		Identity:                               "timeweave-internal-worker",
	}
}
