package main

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/tidewater-labs/oms/app/codec"
	"github.com/tidewater-labs/oms/app/config"
)

func newCodecServerCommand() *cobra.Command {
	var port int
	var uiOrigin string

	cmd := &cobra.Command{
		Use:   "codec-server",
		Short: "Serve the payload codec endpoint for the Temporal Web UI",
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg := config.Load()
			if cfg.EncryptionKeyID == "" {
				return errors.New("ENCRYPTION_KEY_ID must be set")
			}

			mux := http.NewServeMux()
			mux.Handle("/", codec.NewHandler(cfg.EncryptionKeyID, uiOrigin))

			srv := &http.Server{
				Addr:              fmt.Sprintf("0.0.0.0:%d", port),
				Handler:           mux,
				ReadHeaderTimeout: 5 * time.Second,
			}
			go func() {
				<-cmd.Context().Done()
				_ = srv.Close()
			}()
			logger.Info("codec server listening", "addr", srv.Addr, "uiOrigin", uiOrigin)
			if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return err
			}
			return nil
		},
	}

	cmd.Flags().IntVarP(&port, "port", "p", config.DefaultCodecPort, "listen port")
	cmd.Flags().StringVar(&uiOrigin, "ui", "http://localhost:8080", "Temporal UI origin allowed by CORS")
	return cmd
}
