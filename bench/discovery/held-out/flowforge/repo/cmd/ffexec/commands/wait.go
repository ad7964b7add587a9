package commands

import (
	"context"
	"time"

	log "github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
)

func NewWaitCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "wait",
		Short: "wait for main container to finish and save artifacts",
		Run: func(cmd *cobra.Command, args []string) {
			ctx := context.Background()
			wfExecutor := initExecutor()
			if err := wfExecutor.Wait(ctx, 30*time.Minute); err != nil {
				log.WithError(err).Error("wait failed")
			}
			if err := wfExecutor.SaveArtifacts(ctx); err != nil {
				log.WithError(err).Error("failed to save artifacts")
			}
			if err := wfExecutor.ReportOutputs(ctx); err != nil {
				log.WithError(err).Fatal("failed to report outputs")
			}
		},
	}
}

func NewArtifactDeleteCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "artifact",
		Short: "delete artifacts of a workflow (artifact GC)",
		Run: func(cmd *cobra.Command, args []string) {
			if err := initExecutor().DeleteArtifacts(context.Background()); err != nil {
				log.Fatal(err)
			}
		},
	}
}
