// Package rabbitmq manages the AMQP connection shared by publishers and
// consumers of a service.
package rabbitmq

import (
	"errors"
	"log/slog"
	"time"

	amqp "github.com/rabbitmq/amqp091-go"
)

const (
	_retryTimes     = 5
	_backOffSeconds = 2
)

var ErrCannotConnectRabbitMQ = errors.New("cannot connect to rabbit")

type RabbitMQConnStr string

// NewRabbitMQConn dials the broker (RABBITMQ_URL) with a linear back-off.
func NewRabbitMQConn(rabbitMqURL RabbitMQConnStr) (*amqp.Connection, error) {
	var (
		amqpConn *amqp.Connection
		counts   int64
	)

	for {
		connection, err := amqp.Dial(string(rabbitMqURL))
		if err != nil {
			slog.Error("failed to connect to RabbitMQ", "err", err, "url", redact(string(rabbitMqURL)))
			counts++
		} else {
			amqpConn = connection

			break
		}

		if counts > _retryTimes {
			return nil, ErrCannotConnectRabbitMQ
		}

		slog.Info("backing off for 2 seconds...")
		time.Sleep(_backOffSeconds * time.Second)

		continue
	}

	slog.Info("connected to RabbitMQ")

	return amqpConn, nil
}

func redact(url string) string {
	if len(url) < 12 {
		return "***"
	}

	return url[:7] + "***"
}
