package commands

import (
	"context"

	log "github.com/sirupsen/logrus"
	"github.com/spf13/cobra"
)

func NewInitCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "init",
		Short: "Load artifacts",
		Run: func(cmd *cobra.Command, args []string) {
			wfExecutor := initExecutor()
			if err := wfExecutor.LoadArtifacts(context.Background()); err != nil {
				log.Fatalf("Error loading artifacts: %v", err)
			}
		},
	}
}
