package cmd

import (
	"fmt"

	"github.com/ThreeDotsLabs/watermill-amqp/pkg/amqp"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/config"
)

// AmqpURI builds amqp://user:pass@addr/ from SHOP_RABBITMQ_* variables.
func AmqpURI() string {
	return fmt.Sprintf(
		"amqp://%s:%s@%s/",
		config.Getenv("SHOP_RABBITMQ_USER", "guest"),
		config.Getenv("SHOP_RABBITMQ_PASSWORD", "guest"),
		config.MustGetenv("SHOP_RABBITMQ_ADDR"),
	)
}

// AmqpConfig returns durable queue config: topic name == queue name.
func AmqpConfig() amqp.Config {
	return amqp.NewDurableQueueConfig(AmqpURI())
}
