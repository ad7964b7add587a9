package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/grafana/pyroscope-go"

	"github.com/ovenworks/slicelab/pkg/database"
	"github.com/ovenworks/slicelab/pkg/envutil"
	slhttp "github.com/ovenworks/slicelab/pkg/http"
	"github.com/ovenworks/slicelab/pkg/logging"
)

func main() {
	logging.Setup()

	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()

	if endpoint := os.Getenv("SLICELAB_PYROSCOPE_ENDPOINT"); endpoint != "" {
		startProfiling(endpoint)
	}

	tp, err := slhttp.SetupTracing(ctx)
	if err != nil {
		slog.Error("tracing setup", "err", err)
		os.Exit(1)
	}
	defer tp.Shutdown(context.Background())

	server, err := slhttp.NewServer()
	if err != nil {
		slog.Error("creating server", "err", err)
		os.Exit(1)
	}

	dbDSN := envutil.Get("SLICELAB_DB", "file::memory:?cache=shared")

	if envutil.Enabled("SLICELAB_ENABLE_CATALOG_SERVICE") {
		db, err := database.NewCatalog(dbDSN)
		if err != nil {
			slog.Error("catalog db", "err", err)
			os.Exit(1)
		}
		server = server.WithCatalog(db)
	}

	if envutil.Enabled("SLICELAB_ENABLE_COPY_SERVICE") {
		db, err := database.NewCopy(dbDSN)
		if err != nil {
			slog.Error("copy db", "err", err)
			os.Exit(1)
		}
		server = server.WithCopy(db)
	}

	if envutil.Enabled("SLICELAB_ENABLE_WS_SERVICE") {
		server = server.WithWS()
	}

	if envutil.Enabled("SLICELAB_ENABLE_CONFIG_SERVICE") {
		server = server.WithConfig(slhttp.ConfigFromEnv())
	}

	if envutil.Enabled("SLICELAB_ENABLE_RECOMMENDATIONS_SERVICE") {
		catalogClient := slhttp.NewCatalogClient(envutil.Get("SLICELAB_CATALOG_ENDPOINT", "http://localhost:3333"))
		copyClient := slhttp.NewCopyClient(envutil.Get("SLICELAB_COPY_ENDPOINT", "http://localhost:3333"))
		server = server.WithRecommendations(catalogClient, copyClient)
	}

	if envutil.Enabled("SLICELAB_ENABLE_ADMIN_SERVICE") {
		adminClient := slhttp.NewCatalogClient(envutil.Get("SLICELAB_CATALOG_ENDPOINT", "http://localhost:3333"))
		server = server.WithAdmin(adminClient)
	}

	if envutil.Enabled("SLICELAB_ENABLE_PUBLIC_API_SERVICE") {
		server = server.WithFrontend()
		// When everything runs in one process no gateway is needed.
		if !envutil.BoolEnv("SLICELAB_ENABLE_ALL_SERVICES", true) {
			server = server.WithGateway(slhttp.GatewayRoutesFromEnv())
		}
	}

	listen := envutil.Get("SLICELAB_LISTEN", ":3333")
	slog.Info("starting slicelab", "listen", listen, "goversion", runtime.Version())
	if err := server.ListenAndServe(ctx, listen); err != nil {
		slog.Error("server exited", "err", err)
		os.Exit(1)
	}
}

func startProfiling(endpoint string) {
	_, err := pyroscope.Start(pyroscope.Config{
		ApplicationName: envutil.Get("SLICELAB_SERVICE_NAME", "slicelab"),
		ServerAddress:   endpoint,
		Tags:            map[string]string{"namespace": os.Getenv("SLICELAB_NAMESPACE")},
		ProfileTypes: []pyroscope.ProfileType{
			pyroscope.ProfileCPU,
			pyroscope.ProfileAllocObjects,
			pyroscope.ProfileInuseSpace,
		},
	})
	if err != nil {
		slog.Warn("pyroscope disabled", "err", err)
	}
}
