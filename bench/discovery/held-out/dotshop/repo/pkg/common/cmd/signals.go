package cmd

import (
	"context"
	"log"
	"os"
	"os/signal"
	"syscall"
)

// Context returns a context cancelled on SIGINT/SIGTERM.
func Context() context.Context {
	ctx, cancel := context.WithCancel(context.Background())

	go func() {
		sigs := make(chan os.Signal, 1)
		signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM)
		select {
		case s := <-sigs:
			log.Printf("received signal %s, shutting down", s)
			cancel()
		case <-ctx.Done():
		}
	}()

	return ctx
}
