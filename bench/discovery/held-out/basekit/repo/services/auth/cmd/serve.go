package cmd

import (
	"context"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/basekit/auth/internal/api"
	"github.com/basekit/auth/internal/conf"
	"github.com/basekit/auth/internal/observability"
	"github.com/basekit/auth/internal/storage"
	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
)

var configFile = ""

func RootCommand() *cobra.Command {
	root := &cobra.Command{Use: "auth", Run: func(c *cobra.Command, args []string) { serve(c.Context()) }}
	root.PersistentFlags().StringVarP(&configFile, "config", "c", "", "base configuration file to load")
	root.AddCommand(&cobra.Command{Use: "serve", Long: "Start API server", Run: func(c *cobra.Command, args []string) { serve(c.Context()) }})
	return root
}

func serve(ctx context.Context) {
	if err := conf.LoadFile(configFile); err != nil {
		logrus.WithError(err).Fatal("unable to load config")
	}
	config, err := conf.LoadGlobal()
	if err != nil {
		logrus.WithError(err).Fatal("unable to load config")
	}

	if err := observability.ConfigureTracing(ctx, &config.Tracing); err != nil {
		logrus.WithError(err).Error("unable to configure tracing")
	}

	db, err := storage.Dial(config)
	if err != nil {
		logrus.Fatalf("error opening database: %+v", err)
	}
	defer db.Close()

	addr := net.JoinHostPort(config.API.Host, strconv.Itoa(config.API.Port))
	logrus.Infof("Auth API started on: %s", addr)

	a := api.NewAPI(config, db)
	srv := &http.Server{
		Addr:              addr,
		Handler:           a,
		ReadHeaderTimeout: 2 * time.Second,
	}
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		_ = srv.Shutdown(shutdownCtx)
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		logrus.WithError(err).Fatal("http server listen failed")
	}
}
