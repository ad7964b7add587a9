//go:build integration

package rabbitmq_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/brewline-labs/brewline/pkg/rabbitmq"
	"github.com/brewline-labs/brewline/pkg/rabbitmq/publisher"
)

// Run with `make integration-test` after `make infra-up`.
func TestPublishRoundTrip(t *testing.T) {
	url := os.Getenv("TEST_RABBITMQ_URL")
	if url == "" {
		url = "amqp://guest:guest@localhost:5672/"
	}

	conn, err := rabbitmq.NewRabbitMQConn(rabbitmq.RabbitMQConnStr(url))
	require.NoError(t, err)
	defer conn.Close()

	pub, err := publisher.NewPublisher(conn)
	require.NoError(t, err)

	pub.Configure(
		publisher.ExchangeName("brewline.it-test"),
		publisher.BindingKey("it-test-routing-key"),
		publisher.MessageTypeName("it-test"),
	)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	require.NoError(t, pub.Publish(ctx, []byte(`{"hello":"world"}`), "application/json"))
}
