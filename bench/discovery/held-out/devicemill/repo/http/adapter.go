// Package http implements the HTTP protocol adapter service.
package http

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/devicemill/devicemill/pkg/grpcclient"
	"github.com/devicemill/devicemill/pkg/messaging"
)

const protocol = "http"

type Service struct {
	pub    messaging.Publisher
	things grpcclient.ThingsAuthzClient
}

func New(pub messaging.Publisher, things grpcclient.ThingsAuthzClient) *Service {
	return &Service{pub: pub, things: things}
}

// Publish authorizes the thing key for the channel via things gRPC, then
// publishes to the broker subject channels.<chanID>[.<subtopic>].
func (s *Service) Publish(ctx context.Context, thingKey, chanID, subtopic string, payload []byte) error {
	thingID, err := s.things.Authorize(ctx, thingKey, chanID, "publish")
	if err != nil {
		return err
	}
	msg := &messaging.Message{
		Channel: chanID, Subtopic: subtopic, Publisher: thingID,
		Protocol: protocol, Payload: payload, Created: time.Now().UnixNano(),
	}
	return s.pub.Publish(ctx, chanID, msg)
}

func MakeHandler(r chi.Router, svc *Service, logger *slog.Logger) {
	r.Post("/channels/{chanID}/messages*", func(w http.ResponseWriter, req *http.Request) {
		key := strings.TrimPrefix(req.Header.Get("Authorization"), "Thing ")
		payload, err := io.ReadAll(req.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		subtopic := strings.ReplaceAll(strings.Trim(chi.URLParam(req, "*"), "/"), "/", ".")
		if err := svc.Publish(req.Context(), key, chi.URLParam(req, "chanID"), subtopic, payload); err != nil {
			logger.Warn("publish failed", slog.Any("error", err))
			http.Error(w, err.Error(), http.StatusForbidden)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	})
}
