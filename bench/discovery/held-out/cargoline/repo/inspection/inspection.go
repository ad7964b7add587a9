// Package inspection provides means to inspect cargos.
package inspection

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"

	"github.com/cargoline/cargoline/cargo"
)

// EventHandler provides means of subscribing to inspection events.
type EventHandler interface {
	CargoWasMisdirected(*cargo.Cargo)
	CargoHasArrived(*cargo.Cargo)
}

// Service provides cargo inspection operations.
type Service interface {
	// InspectCargo inspects cargo and send relevant notifications to
	// interested parties, for example if a cargo has been misdirected, or
	// unloaded at the final destination.
	InspectCargo(id cargo.TrackingID)
}

type service struct {
	cargos  cargo.Repository
	events  cargo.HandlingEventRepository
	handler EventHandler
}

// TODO: Should be transactional
func (s *service) InspectCargo(id cargo.TrackingID) {
	c, err := s.cargos.Find(id)
	if err != nil {
		return
	}

	h := s.events.QueryHandlingHistory(id)

	c.DeriveDeliveryProgress(h)

	if c.Delivery.IsMisdirected {
		s.handler.CargoWasMisdirected(c)
	}

	if c.Delivery.IsUnloadedAtDestination {
		s.handler.CargoHasArrived(c)
	}

	s.cargos.Store(c)
}

// NewService creates a inspection service with necessary dependencies.
func NewService(cargos cargo.Repository, events cargo.HandlingEventRepository, handler EventHandler) Service {
	return &service{cargos, events, handler}
}

// WebhookNotifier posts misdirection/arrival notices to an incoming-webhook
// URL (Slack compatible payload). With an empty URL it does nothing.
type WebhookNotifier struct {
	URL    string
	Client *http.Client
}

// NewWebhookNotifier returns a notifier for url; url may be empty.
func NewWebhookNotifier(url string) *WebhookNotifier {
	return &WebhookNotifier{URL: url, Client: &http.Client{Timeout: 3 * time.Second}}
}

// CargoWasMisdirected implements EventHandler.
func (n *WebhookNotifier) CargoWasMisdirected(c *cargo.Cargo) {
	n.post(":warning: cargo " + string(c.TrackingID) + " was misdirected at " + string(c.Delivery.LastKnownLocation))
}

// CargoHasArrived implements EventHandler.
func (n *WebhookNotifier) CargoHasArrived(c *cargo.Cargo) {
	n.post(":package: cargo " + string(c.TrackingID) + " has arrived at " + string(c.RouteSpecification.Destination))
}

func (n *WebhookNotifier) post(text string) {
	if n.URL == "" {
		return
	}
	b, _ := json.Marshal(map[string]string{"text": text})
	resp, err := n.Client.Post(n.URL, "application/json", bytes.NewReader(b))
	if err == nil {
		resp.Body.Close()
	}
}
