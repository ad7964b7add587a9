package main

import (
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/syncwright-io/syncwright/v2/cmd/util"
	appcontroller "github.com/syncwright-io/syncwright/v2/cmd/syncwright-application-controller/commands"
	applicationset "github.com/syncwright-io/syncwright/v2/cmd/syncwright-applicationset-controller/commands"
	dex "github.com/syncwright-io/syncwright/v2/cmd/syncwright-dex/commands"
	notification "github.com/syncwright-io/syncwright/v2/cmd/syncwright-notifications/commands"
	reposerver "github.com/syncwright-io/syncwright/v2/cmd/syncwright-repo-server/commands"
	apiserver "github.com/syncwright-io/syncwright/v2/cmd/syncwright-server/commands"
	cli "github.com/syncwright-io/syncwright/v2/cmd/syncwright/commands"
)

const (
	binaryNameEnv = "SYNCWRIGHT_BINARY_NAME"
)

// main dispatches to the right component based on the name the binary was invoked as. The
// release image symlinks every component name to the same binary.
func main() {
	var command *cobra.Command

	binaryName := filepath.Base(os.Args[0])
	if val := os.Getenv(binaryNameEnv); val != "" {
		binaryName = val
	}

	switch binaryName {
	case "syncwright", "syncwright-linux-amd64", "syncwright-darwin-amd64", "syncwright-windows-amd64.exe":
		command = cli.NewCommand()
	case "syncwright-server":
		command = apiserver.NewCommand()
	case "syncwright-application-controller":
		command = appcontroller.NewCommand()
	case "syncwright-repo-server":
		command = reposerver.NewCommand()
	case "syncwright-dex":
		command = dex.NewCommand()
	case "syncwright-notifications":
		command = notification.NewCommand()
	case "syncwright-applicationset-controller":
		command = applicationset.NewCommand()
	default:
		command = cli.NewCommand()
	}
	util.SetAutoMaxProcs(binaryName == "syncwright")

	if err := command.Execute(); err != nil {
		os.Exit(1)
	}
}
