package nats

import (
	"github.com/go-kit/log"
	natsgo "github.com/nats-io/nats.go"

	"github.com/cargoline/cargoline/messaging"
)

// Subscribe attaches h to the handling event subject using a queue group so
// that several replicas of a consumer share the stream.
func Subscribe(conn *natsgo.Conn, queue string, h messaging.Handler, logger log.Logger) (*natsgo.Subscription, error) {
	return conn.QueueSubscribe(messaging.SubjectHandlingRegistered, queue, func(m *natsgo.Msg) {
		e, err := messaging.Decode(m.Data)
		if err != nil {
			logger.Log("subject", m.Subject, "err", err)
			return
		}
		if err := h(e); err != nil {
			logger.Log("subject", m.Subject, "tracking_id", e.TrackingID, "err", err)
		}
	})
}
