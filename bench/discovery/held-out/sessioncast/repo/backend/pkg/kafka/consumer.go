package kafka

import (
	"fmt"
	"log"
	"time"

	"github.com/confluentinc/confluent-kafka-go/v2/kafka"

	"sessioncast/backend/internal/config/common"
	"sessioncast/backend/pkg/messages"
)

type Consumer struct {
	c           *kafka.Consumer
	messageIterator messages.MessageIterator
	commitTicker *time.Ticker
	pollTimeout  uint
	rebalanced   chan interface{}
}

func NewConsumer(cfg *common.Kafka, group string, topics []string, iterator messages.MessageIterator,
	autoCommit bool, messageSizeLimit int) *Consumer {
	kafkaConfig := &kafka.ConfigMap{
		"bootstrap.servers":               cfg.KafkaServers,
		"group.id":                        group,
		"auto.offset.reset":               "earliest",
		"enable.auto.commit":              "false",
		"go.application.rebalance.enable": true,
		"max.poll.interval.ms":            cfg.KafkaMaxPollMs,
		"fetch.message.max.bytes":         messageSizeLimit,
	}
	if cfg.KafkaUseSSL {
		for k, v := range map[string]string{
			"security.protocol":        "ssl",
			"ssl.ca.location":          "/etc/ssl/certs/ca-certificates.crt",
			"ssl.key.location":         "/etc/kafka/ssl/client.key",
			"ssl.certificate.location": "/etc/kafka/ssl/client.crt",
		} {
			if err := kafkaConfig.SetKey(k, v); err != nil {
				log.Fatalf("error setting kafka config: %v", err)
			}
		}
	}
	c, err := kafka.NewConsumer(kafkaConfig)
	if err != nil {
		log.Fatalln(err)
	}
	if err := c.SubscribeTopics(topics, nil); err != nil {
		log.Fatalln(err)
	}
	var commitTicker *time.Ticker
	if autoCommit {
		commitTicker = time.NewTicker(2 * time.Minute)
	}
	return &Consumer{c: c, messageIterator: iterator, commitTicker: commitTicker, pollTimeout: 200, rebalanced: make(chan interface{}, 4)}
}

func (consumer *Consumer) Rebalanced() <-chan interface{} { return consumer.rebalanced }

func (consumer *Consumer) Commit() error {
	_, err := consumer.c.Commit()
	return err
}

func (consumer *Consumer) CommitBack(gap int64) error { return consumer.Commit() }

func (consumer *Consumer) ConsumeNext() error {
	ev := consumer.c.Poll(int(consumer.pollTimeout))
	if ev == nil {
		return nil
	}
	if consumer.commitTicker != nil {
		select {
		case <-consumer.commitTicker.C:
			consumer.Commit()
		default:
		}
	}
	switch e := ev.(type) {
	case *kafka.Message:
		if e.TopicPartition.Error != nil {
			return fmt.Errorf("consumer partition error: %w", e.TopicPartition.Error)
		}
		sessionID := messages.DecodeKey(e.Key)
		consumer.messageIterator.Iterate(e.Value, messages.NewBatchInfo(sessionID, *e.TopicPartition.Topic,
			uint64(e.TopicPartition.Offset), uint64(e.TopicPartition.Partition), e.Timestamp.UnixMilli()))
	case kafka.Error:
		if e.Code() == kafka.ErrAllBrokersDown || e.Code() == kafka.ErrMaxPollExceeded {
			log.Fatalf("kafka error: %v", e)
		}
	}
	return nil
}

func (consumer *Consumer) Close() {
	if consumer.commitTicker != nil {
		consumer.Commit()
	}
	consumer.c.Close()
}
