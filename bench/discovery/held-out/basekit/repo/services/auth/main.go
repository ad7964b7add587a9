package main

import (
	"context"
	"os/signal"
	"syscall"

	"github.com/basekit/auth/cmd"
	"github.com/sirupsen/logrus"
)

func main() {
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer cancel()

	if err := cmd.RootCommand().ExecuteContext(ctx); err != nil {
		logrus.WithError(err).Fatal("unable to run command")
	}
}
