package clients

import (
	"encoding/json"
	"log"
	"sync"
)

type Event struct {
	SessionID uint64
	Payload   []byte
}

// Requester pulls error/log events from a third-party backend configured by the user.
type Requester interface {
	Request() ([]Event, error)
}

type Manager struct {
	mu      sync.Mutex
	clients map[string]Requester
}

func NewManager() *Manager { return &Manager{clients: map[string]Requester{}} }

func (m *Manager) Update(projectID uint32, provider string, options json.RawMessage) {
	m.mu.Lock()
	defer m.mu.Unlock()
	key := provider + ":" + string(rune(projectID))
	switch provider {
	case "sentry":
		c := &sentry{}
		if err := json.Unmarshal(options, c); err == nil {
			m.clients[key] = c
		}
	case "datadog":
		c := &datadog{}
		if err := json.Unmarshal(options, c); err == nil {
			m.clients[key] = c
		}
	case "elasticsearch":
		c := &elasticsearch{}
		if err := json.Unmarshal(options, c); err == nil {
			m.clients[key] = c
		}
	default:
		log.Printf("unknown integration provider %q", provider)
	}
}

func (m *Manager) RequestAll() []Event {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []Event
	for key, c := range m.clients {
		evs, err := c.Request()
		if err != nil {
			log.Printf("integration %s: %s", key, err)
			continue
		}
		out = append(out, evs...)
	}
	return out
}
