//go:build rabbitmq
// +build rabbitmq

package brokers

import (
	"context"
	"log/slog"

	"github.com/devicemill/devicemill/pkg/messaging"
	"github.com/devicemill/devicemill/pkg/messaging/rabbitmq"
)

const SubjectAllChannels = "channels.#"

func NewPublisher(ctx context.Context, url string) (messaging.Publisher, error) {
	return rabbitmq.NewPubSub(url)
}

func NewPubSub(ctx context.Context, url string, logger *slog.Logger) (messaging.PubSub, error) {
	return rabbitmq.NewPubSub(url)
}
