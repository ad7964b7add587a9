package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

var configPath string

func main() {
	root := &cobra.Command{Use: "teamwharf", Short: "Teamwharf team messaging server"}
	root.PersistentFlags().StringVarP(&configPath, "config", "c", "config/config.json", "path to config.json")
	root.AddCommand(serverCmd, jobserverCmd, dbCmd)
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
