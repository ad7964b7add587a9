package main

import (
	"os"

	"github.com/kilnworks/flowforge/v3/cmd/ffexec/commands"
)

func main() {
	if err := commands.NewRootCommand().Execute(); err != nil {
		os.Exit(1)
	}
}
