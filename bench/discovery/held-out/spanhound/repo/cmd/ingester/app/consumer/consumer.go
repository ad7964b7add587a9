// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package consumer

import (
	"context"
	"sync"

	"github.com/IBM/sarama"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/cmd/ingester/app"
	"github.com/spanhound/spanhound/model"
	"github.com/spanhound/spanhound/plugin/storage/kafka"
	"github.com/spanhound/spanhound/storage/spanstore"
)

// Consumer reads spans from the Kafka topic written by spanhound-collector
// (SPAN_STORAGE_TYPE=kafka) and writes them into the real span storage.
type Consumer struct {
	group       sarama.ConsumerGroup
	topic       string
	writer      spanstore.Writer
	unmarshaller kafka.Unmarshaller
	logger      *zap.Logger
	cancel      context.CancelFunc
	wg          sync.WaitGroup
	sem         chan struct{}
}

func New(opts *app.Options, writer spanstore.Writer, logger *zap.Logger) (*Consumer, error) {
	cfg := sarama.NewConfig()
	cfg.ClientID = opts.ClientID
	cfg.RackID = opts.RackID
	cfg.Consumer.Offsets.Initial = sarama.OffsetOldest
	cfg.Consumer.Fetch.Max = opts.FetchMaxMessageBytes
	cfg.Consumer.Group.Rebalance.GroupStrategies = []sarama.BalanceStrategy{sarama.NewBalanceStrategyRoundRobin()}
	if opts.ProtocolVersion != "" {
		v, err := sarama.ParseKafkaVersion(opts.ProtocolVersion)
		if err != nil {
			return nil, err
		}
		cfg.Version = v
	}
	group, err := sarama.NewConsumerGroup(opts.Brokers, opts.GroupID, cfg)
	if err != nil {
		return nil, err
	}
	var u kafka.Unmarshaller
	switch opts.Encoding {
	case kafka.EncodingJSON:
		u = kafka.NewJSONUnmarshaller()
	case "zipkin-thrift":
		u = kafka.NewZipkinThriftUnmarshaller()
	default:
		u = kafka.NewProtobufUnmarshaller()
	}
	logger.Info("Kafka consumer created",
		zap.Strings("brokers", opts.Brokers), zap.String("topic", opts.Topic), zap.String("group", opts.GroupID))
	return &Consumer{
		group: group, topic: opts.Topic, writer: writer, unmarshaller: u, logger: logger,
		sem: make(chan struct{}, opts.Parallelism),
	}, nil
}

func (c *Consumer) Start() {
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel = cancel
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		for ctx.Err() == nil {
			if err := c.group.Consume(ctx, []string{c.topic}, c); err != nil {
				c.logger.Error("Error from consumer", zap.Error(err))
			}
		}
	}()
}

func (c *Consumer) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (c *Consumer) Cleanup(sarama.ConsumerGroupSession) error { return nil }

func (c *Consumer) ConsumeClaim(sess sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for msg := range claim.Messages() {
		c.sem <- struct{}{}
		go func(m *sarama.ConsumerMessage) {
			defer func() { <-c.sem }()
			span, err := c.unmarshaller.Unmarshal(m.Value)
			if err != nil {
				c.logger.Error("Failed to unmarshal span", zap.Error(err), zap.Int64("offset", m.Offset))
				return
			}
			c.write(sess.Context(), span)
		}(msg)
		sess.MarkMessage(msg, "")
	}
	return nil
}

func (c *Consumer) write(ctx context.Context, span *model.Span) {
	if err := c.writer.WriteSpan(ctx, span); err != nil {
		c.logger.Error("Failed to write span", zap.Error(err))
	}
}

func (c *Consumer) Close() error {
	c.cancel()
	c.wg.Wait()
	return c.group.Close()
}
