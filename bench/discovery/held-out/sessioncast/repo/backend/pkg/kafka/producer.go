package kafka

import (
	"log"

	"github.com/confluentinc/confluent-kafka-go/v2/kafka"

	"sessioncast/backend/internal/config/common"
	"sessioncast/backend/pkg/messages"
)

type Producer struct {
	producer *kafka.Producer
}

func NewProducer(cfg *common.Kafka, messageSizeLimit int, useBatch bool) *Producer {
	kafkaConfig := &kafka.ConfigMap{
		"enable.idempotence":                    true,
		"bootstrap.servers":                     cfg.KafkaServers,
		"go.delivery.reports":                   true,
		"security.protocol":                     "plaintext",
		"go.batch.producer":                     useBatch,
		"message.max.bytes":                     messageSizeLimit,
		"max.in.flight.requests.per.connection": 1,
		"compression.type":                      "zstd",
	}
	if cfg.KafkaUseSSL {
		kafkaConfig.SetKey("security.protocol", "ssl")
	}
	p, err := kafka.NewProducer(kafkaConfig)
	if err != nil {
		log.Fatalln(err)
	}
	newProducer := &Producer{p}
	go newProducer.errorHandler()
	return newProducer
}

func (p *Producer) errorHandler() {
	for e := range p.producer.Events() {
		if m, ok := e.(*kafka.Message); ok && m.TopicPartition.Error != nil {
			log.Printf("delivery failed: topicPartition: %v", m.TopicPartition)
		}
	}
}

func (p *Producer) Produce(topic string, key uint64, value []byte) error {
	return p.producer.Produce(&kafka.Message{
		TopicPartition: kafka.TopicPartition{Topic: &topic, Partition: kafka.PartitionAny},
		Key:            messages.EncodeKey(key),
		Value:          value,
	}, nil)
}

func (p *Producer) ProduceToPartition(topic string, partition, key uint64, value []byte) error {
	return p.producer.Produce(&kafka.Message{
		TopicPartition: kafka.TopicPartition{Topic: &topic, Partition: int32(partition)},
		Key:            messages.EncodeKey(key),
		Value:          value,
	}, nil)
}

func (p *Producer) Close(timeoutMs int) {
	p.producer.Flush(timeoutMs)
	p.producer.Close()
}

func (p *Producer) Flush(timeoutMs int) { p.producer.Flush(timeoutMs) }
