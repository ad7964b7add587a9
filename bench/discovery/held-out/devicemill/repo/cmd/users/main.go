// Command users runs the Devicemill users service (identities, groups, tokens).
package main

import (
	"context"
	"log"
	"log/slog"
	"net/url"
	"os"

	"github.com/devicemill/devicemill/internal/email"
	"github.com/devicemill/devicemill/internal/env"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/postgres"
	"github.com/devicemill/devicemill/pkg/server"
	"github.com/devicemill/devicemill/pkg/tracing"
	"github.com/devicemill/devicemill/users"
	"github.com/devicemill/devicemill/users/api"
	upg "github.com/devicemill/devicemill/users/postgres"
	"github.com/go-chi/chi/v5"
)

const (
	svcName        = "users"
	envPrefixDB    = "DM_USERS_DB_"
	envPrefixHTTP  = "DM_USERS_HTTP_"
	envPrefixAuth  = "DM_AUTH_GRPC_"
	envPrefixEmail = "DM_EMAIL_"
)

type config struct {
	LogLevel      string  `env:"DM_USERS_LOG_LEVEL"           envDefault:"info"`
	AdminEmail    string  `env:"DM_USERS_ADMIN_EMAIL"         envDefault:"admin@devicemill.io"`
	AdminPassword string  `env:"DM_USERS_ADMIN_PASSWORD"      envDefault:"12345678"`
	PassRegexText string  `env:"DM_USERS_PASS_REGEX"          envDefault:"^.{8,}$"`
	ResetURL      string  `env:"DM_TOKEN_RESET_ENDPOINT"      envDefault:"/reset-request"`
	JaegerURL     url.URL `env:"DM_JAEGER_URL"                envDefault:"http://localhost:4318/v1/traces"`
	TraceRatio    float64 `env:"DM_JAEGER_TRACE_RATIO"        envDefault:"1.0"`
	InstanceID    string  `env:"DM_USERS_INSTANCE_ID"         envDefault:""`
	SelfRegister  bool    `env:"DM_USERS_ALLOW_SELF_REGISTER" envDefault:"false"`
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	cfg := config{}
	if err := env.Parse(&cfg); err != nil {
		log.Fatalf("failed to load %s configuration : %s", svcName, err)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	db, err := postgres.Setup(envPrefixDB, upg.Migrations)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer db.Close()

	tp, err := tracing.NewProvider(ctx, svcName, cfg.JaegerURL, cfg.InstanceID, cfg.TraceRatio)
	if err != nil {
		logger.Error("failed to init Jaeger", slog.Any("error", err))
		os.Exit(1)
	}
	defer tp.Shutdown(ctx)

	authClient, authHandler, err := grpcclient.SetupAuthClient(envPrefixAuth)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	defer authHandler.Close()

	ec := email.Config{}
	if err := env.Parse(&ec, env.Options{Prefix: envPrefixEmail}); err != nil {
		logger.Error("failed to load email configuration", slog.Any("error", err))
		os.Exit(1)
	}
	emailer, err := email.New(&ec)
	if err != nil {
		logger.Error("failed to configure e-mailing util", slog.Any("error", err))
	}

	repo := upg.NewRepository(db)
	svc := users.NewService(repo, authClient, emailer, cfg.PassRegexText, cfg.ResetURL, cfg.SelfRegister)
	if err := svc.CreateAdmin(ctx, cfg.AdminEmail, cfg.AdminPassword); err != nil {
		logger.Error("failed to create admin user", slog.Any("error", err))
	}

	httpCfg, err := server.LoadConfig(envPrefixHTTP)
	if err != nil {
		logger.Error(err.Error())
		os.Exit(1)
	}
	r := chi.NewRouter()
	api.MakeHandler(r, svc, logger)
	server.Mount(r, svcName, "0.14.0", cfg.InstanceID)
	if err := server.Run(ctx, svcName, httpCfg, r, logger); err != nil {
		logger.Error("users service terminated", slog.Any("error", err))
	}
}
