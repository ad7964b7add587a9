// Command provision creates a thing, channels, a cert and a bootstrap config for
// a gateway in one call. It only talks to other services through the Go SDK.
package main

import (
	"context"
	"log"
	"log/slog"
	"os"

	"github.com/devicemill/devicemill/internal/env"
	sdk "github.com/devicemill/devicemill/pkg/sdk/go"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/provision"
	"github.com/go-chi/chi/v5"
)

const (
	svcName       = "provision"
	envPrefixHTTP = "DM_PROVISION_HTTP_"
)

type config struct {
	LogLevel       string `env:"DM_PROVISION_LOG_LEVEL"        envDefault:"info"`
	ConfigFile     string `env:"DM_PROVISION_CONFIG_FILE"      envDefault:"config.toml"`
	UsersURL       string `env:"DM_PROVISION_USERS_LOCATION"   envDefault:"http://localhost"`
	ThingsURL      string `env:"DM_PROVISION_THINGS_LOCATION"  envDefault:"http://localhost"`
	CertsURL       string `env:"DM_PROVISION_CERTS_SVC_URL"    envDefault:"http://localhost:9019"`
	BootstrapURL   string `env:"DM_PROVISION_BS_SVC_URL"       envDefault:"http://localhost:9013"`
	Username       string `env:"DM_PROVISION_USERNAME"         envDefault:""`
	Password       string `env:"DM_PROVISION_PASSWORD"         envDefault:""`
	APIKey         string `env:"DM_PROVISION_API_KEY"          envDefault:""`
	X509Provision  bool   `env:"DM_PROVISION_X509_PROVISIONING" envDefault:"false"`
	BSProvision    bool   `env:"DM_PROVISION_BS_CONFIG_PROVISIONING" envDefault:"true"`
	InstanceID     string `env:"DM_PROVISION_INSTANCE_ID"      envDefault:""`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	pcfg, err := provision.LoadConfig(cfg.ConfigFile)
	if err != nil {
		logger.Error("failed to load provision TOML config", slog.Any("error", err))
		os.Exit(1)
	}
	pcfg.Server.Username, pcfg.Server.Password, pcfg.Server.APIKey = cfg.Username, cfg.Password, cfg.APIKey
	pcfg.Bootstrap.Provision = cfg.BSProvision
	pcfg.Cert.X509Provision = cfg.X509Provision

	dmsdk := sdk.NewSDK(sdk.Config{
		UsersURL:     cfg.UsersURL,
		ThingsURL:    cfg.ThingsURL,
		CertsURL:     cfg.CertsURL,
		BootstrapURL: cfg.BootstrapURL,
	})
	svc := provision.New(pcfg, dmsdk, logger)

	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	provision.MakeHandler(r, svc, logger)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("provision terminated", slog.Any("error", err))
	}
}
