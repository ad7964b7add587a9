package main

import (
	"os"

	"github.com/kilnworks/flowforge/v3/cmd/flowforge/commands"
)

func main() {
	if err := commands.NewCommand().Execute(); err != nil {
		os.Exit(1)
	}
}
