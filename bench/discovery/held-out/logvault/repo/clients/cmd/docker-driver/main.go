package main

import (
	"fmt"
	"os"

	"github.com/docker/go-plugins-helpers/sdk"
	"github.com/go-kit/log/level"
)

const socketAddress = "/run/docker/plugins/logvault.sock"

// The docker logging driver plugin forwards container logs to a LogVault push URL
// configured per container (--log-opt logvault-url=...). It is installed on docker
// hosts by users; not part of the microservices deployment.
func main() {
	levelVal := os.Getenv("LOG_LEVEL")
	if levelVal == "" {
		levelVal = "info"
	}
	h := sdk.NewHandler(`{"Implements": ["LoggingDriver"]}`)
	handlers(&h, newDriver(util_log.Logger))
	if err := h.ServeUnix(socketAddress, 0); err != nil {
		level.Error(util_log.Logger).Log("msg", "failed to serve", "err", err)
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
