package queue

import (
	"log"

	"sessioncast/backend/internal/config/common"
	"sessioncast/backend/pkg/kafka"
	"sessioncast/backend/pkg/messages"
	"sessioncast/backend/pkg/queue/redisstream"
)

// NewConsumer returns the queue consumer selected by QUEUE_TYPE.
func NewConsumer(cfg *common.Config, k *common.Kafka, r *common.Redis, group string, topics []string,
	iterator messages.MessageIterator, autoCommit bool, messageSizeLimit int) Consumer {
	switch cfg.QueueType {
	case "redis":
		return redisstream.NewConsumer(r, group, topics, iterator, messageSizeLimit)
	case "kafka", "":
		return kafka.NewConsumer(k, group, topics, iterator, autoCommit, messageSizeLimit)
	}
	log.Fatalf("unknown QUEUE_TYPE %q", cfg.QueueType)
	return nil
}

// NewProducer returns the queue producer selected by QUEUE_TYPE.
func NewProducer(cfg *common.Config, k *common.Kafka, r *common.Redis, messageSizeLimit int, useBatch bool) Producer {
	if cfg.QueueType == "redis" {
		return redisstream.NewProducer(r)
	}
	return kafka.NewProducer(k, messageSizeLimit, useBatch)
}

import "sessioncast/backend/pkg/messages"

// Consumer reads batches of messages from one or more topics.
type Consumer interface {
	ConsumeNext() error
	CommitBack(gap int64) error
	Commit() error
	Rebalanced() <-chan interface{}
	Close()
}

// Producer sends raw message batches to a topic.
type Producer interface {
	Produce(topic string, key uint64, value []byte) error
	ProduceToPartition(topic string, partition, key uint64, value []byte) error
	Close(timeout int)
	Flush(timeout int)
}

type MessageHandler func(msg messages.Message)
type RawHandler func(sessionID uint64, data []byte, meta *messages.BatchInfo)
