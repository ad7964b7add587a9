//go:build !rabbitmq
// +build !rabbitmq

// Package brokers selects the message broker implementation at build time.
// The default build (and every image in docker/) uses NATS.
package brokers

import (
	"context"
	"log/slog"

	"github.com/devicemill/devicemill/pkg/messaging"
	"github.com/devicemill/devicemill/pkg/messaging/nats"
)

// SubjectAllChannels is the subscription used by writers.
const SubjectAllChannels = "channels.>"

func NewPublisher(ctx context.Context, url string) (messaging.Publisher, error) {
	return nats.NewPublisher(ctx, url)
}

func NewPubSub(ctx context.Context, url string, logger *slog.Logger) (messaging.PubSub, error) {
	return nats.NewPubSub(ctx, url, logger)
}
