package commands

import (
	"github.com/spf13/cobra"
)

func NewCommand() *cobra.Command {
	command := &cobra.Command{
		Use:   "flowforge",
		Short: "flowforge is the command line interface to Flowforge",
	}
	command.AddCommand(NewServerCommand(), NewSubmitCommand(), NewListCommand())
	return command
}
