package handlers

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"time"

	"github.com/gorilla/mux"
	"github.com/nats-io/nats.go"

	"github.com/funcforge/funcforge/gateway/metrics"
)

// QueueRequest is the message written to JetStream for each async invocation.
// The queue-worker decodes the same structure (queue-worker/types.go).
type QueueRequest struct {
	Function    string      `json:"Function"`
	Namespace   string      `json:"Namespace,omitempty"`
	Method      string      `json:"Method"`
	Path        string      `json:"Path"`
	QueryString string      `json:"QueryString"`
	Header      http.Header `json:"Header"`
	Body        []byte      `json:"Body"`
	Host        string      `json:"Host"`
	CallbackURL *url.URL    `json:"CallbackUrl,omitempty"`
}

type JetStreamQueue struct {
	js      nats.JetStreamContext
	subject string
}

// NewJetStreamQueue makes sure the stream exists and returns a publisher.
func NewJetStreamQueue(nc *nats.Conn, stream, subject string) (*JetStreamQueue, error) {
	js, err := nc.JetStream()
	if err != nil {
		return nil, err
	}
	if _, err := js.StreamInfo(stream); err != nil {
		_, err = js.AddStream(&nats.StreamConfig{
			Name:      stream,
			Subjects:  []string{subject},
			Retention: nats.WorkQueuePolicy,
			MaxAge:    24 * time.Hour,
			Storage:   nats.FileStorage,
		})
		if err != nil {
			return nil, fmt.Errorf("add stream %s: %w", stream, err)
		}
	}
	return &JetStreamQueue{js: js, subject: subject}, nil
}

func (q *JetStreamQueue) Queue(req *QueueRequest) error {
	data, err := json.Marshal(req)
	if err != nil {
		return err
	}
	_, err = q.js.Publish(q.subject, data)
	return err
}

// MakeQueuedProxy accepts the request, publishes it and returns 202.
func MakeQueuedProxy(q *JetStreamQueue, store *metrics.Store) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		name := mux.Vars(r)["name"]
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}

		var callback *url.URL
		if cb := r.Header.Get("X-Callback-Url"); cb != "" {
			if callback, err = url.Parse(cb); err != nil {
				http.Error(w, "invalid X-Callback-Url", http.StatusBadRequest)
				return
			}
		}

		req := &QueueRequest{
			Function:    name,
			Method:      r.Method,
			Path:        mux.Vars(r)["params"],
			QueryString: r.URL.RawQuery,
			Header:      r.Header,
			Body:        body,
			Host:        r.Host,
			CallbackURL: callback,
		}
		if err := q.Queue(req); err != nil {
			log.Printf("queue publish failed for %s: %s", name, err)
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		store.ObserveQueued(name)
		w.WriteHeader(http.StatusAccepted)
	}
}
