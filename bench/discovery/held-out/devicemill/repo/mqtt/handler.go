// Package mqtt contains the mProxy session handler and the broker->VerneMQ forwarder.
package mqtt

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/absmach/mproxy/pkg/session"
	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/messaging"
)

var errInvalidTopic = errors.New("invalid topic")

type handler struct {
	pubsub messaging.PubSub
	things grpcclient.ThingsAuthzClient
	logger *slog.Logger
}

func NewHandler(ps messaging.PubSub, things grpcclient.ThingsAuthzClient, logger *slog.Logger) session.Handler {
	return &handler{pubsub: ps, things: things, logger: logger}
}

func parseTopic(topic string) (string, string, error) {
	// channels/<chanID>/messages[/subtopic]
	parts := strings.SplitN(topic, "/", 4)
	if len(parts) < 3 || parts[0] != "channels" || parts[2] != "messages" {
		return "", "", errInvalidTopic
	}
	sub := ""
	if len(parts) == 4 {
		sub = strings.ReplaceAll(parts[3], "/", ".")
	}
	return parts[1], sub, nil
}

func (h *handler) AuthConnect(ctx context.Context) error { return nil }

func (h *handler) AuthPublish(ctx context.Context, topic *string, payload *[]byte) error {
	s, ok := session.FromContext(ctx)
	if !ok {
		return errors.New("no session")
	}
	chanID, _, err := parseTopic(*topic)
	if err != nil {
		return err
	}
	_, err = h.things.Authorize(ctx, string(s.Password), chanID, "publish")
	return err
}

func (h *handler) AuthSubscribe(ctx context.Context, topics *[]string) error {
	s, _ := session.FromContext(ctx)
	for _, t := range *topics {
		chanID, _, err := parseTopic(t)
		if err != nil {
			return err
		}
		if _, err := h.things.Authorize(ctx, string(s.Password), chanID, "subscribe"); err != nil {
			return err
		}
	}
	return nil
}

func (h *handler) Connect(ctx context.Context) error { return nil }

func (h *handler) Publish(ctx context.Context, topic *string, payload *[]byte) error {
	s, _ := session.FromContext(ctx)
	chanID, sub, err := parseTopic(*topic)
	if err != nil {
		return err
	}
	return h.pubsub.Publish(ctx, chanID, &messaging.Message{
		Channel: chanID, Subtopic: sub, Publisher: s.Username, Protocol: "mqtt",
		Payload: *payload, Created: time.Now().UnixNano(),
	})
}

func (h *handler) Subscribe(ctx context.Context, topics *[]string) error   { return nil }
func (h *handler) Unsubscribe(ctx context.Context, topics *[]string) error { return nil }
func (h *handler) Disconnect(ctx context.Context) error                    { return nil }

// WaitForHealthy polls VerneMQ's health endpoint until it answers 200.
func WaitForHealthy(url string, logger *slog.Logger) {
	for i := 0; i < 30; i++ {
		if resp, err := http.Get(url); err == nil && resp.StatusCode == http.StatusOK {
			return
		}
		logger.Info("waiting for MQTT broker", slog.String("url", url))
		time.Sleep(time.Second)
	}
}
