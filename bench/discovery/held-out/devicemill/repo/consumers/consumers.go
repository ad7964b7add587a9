// Package consumers wires a message repository (writer) to the broker using
// the subjects listed in the writer's config.toml.
package consumers

import (
	"context"
	"log/slog"
	"os"

	"github.com/devicemill/devicemill/pkg/messaging"
	"github.com/pelletier/go-toml"
)

type BlockingConsumer interface {
	ConsumeBlocking(ctx context.Context, msgs []messaging.Message) error
}

type subjectsConfig struct {
	Subscriber struct {
		Subjects []string `toml:"subjects"`
	} `toml:"subscriber"`
}

type handler struct {
	ctx      context.Context
	consumer BlockingConsumer
}

func (h handler) Handle(msg *messaging.Message) error {
	return h.consumer.ConsumeBlocking(h.ctx, []messaging.Message{*msg})
}
func (h handler) Cancel() error { return nil }

func Start(ctx context.Context, id string, sub messaging.Subscriber, consumer BlockingConsumer, configPath string, logger *slog.Logger) error {
	subjects := []string{messaging.AllTopic}
	if data, err := os.ReadFile(configPath); err == nil {
		var cfg subjectsConfig
		if err := toml.Unmarshal(data, &cfg); err == nil && len(cfg.Subscriber.Subjects) > 0 {
			subjects = cfg.Subscriber.Subjects
		}
	} else {
		logger.Warn("writer config not found, subscribing to all channels", slog.String("path", configPath))
	}
	for _, s := range subjects {
		if err := sub.Subscribe(ctx, messaging.SubscriberConfig{ID: id, Topic: s, Handler: handler{ctx: ctx, consumer: consumer}}); err != nil {
			return err
		}
	}
	return nil
}
