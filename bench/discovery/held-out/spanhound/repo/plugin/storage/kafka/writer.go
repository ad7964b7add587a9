// Copyright (c) 2024 The Spanhound Authors.
// SPDX-License-Identifier: Apache-2.0

package kafka

import (
	"context"
	"errors"
	"flag"

	"github.com/IBM/sarama"
	"github.com/spf13/viper"
	"go.uber.org/zap"

	"github.com/spanhound/spanhound/model"
	"github.com/spanhound/spanhound/storage/dependencystore"
	"github.com/spanhound/spanhound/storage/spanstore"
)

// ErrNotSupported is returned for read operations: kafka is a write-only buffer.
var ErrNotSupported = errors.New("kafka storage is write-only; run spanhound-ingester to persist spans")

// Factory creates a span writer that publishes to Kafka.
type Factory struct {
	options  Options
	logger   *zap.Logger
	producer sarama.AsyncProducer
}

func NewFactory() *Factory { return &Factory{} }

func (f *Factory) AddFlags(fs *flag.FlagSet)                       { f.options.AddFlags(fs) }
func (f *Factory) InitFromViper(v *viper.Viper, logger *zap.Logger) { f.options.InitFromViper(v); f.logger = logger }

func (f *Factory) Initialize(logger *zap.Logger) error {
	cfg := sarama.NewConfig()
	cfg.Producer.Return.Successes = true
	switch f.options.RequiredAcks {
	case "all":
		cfg.Producer.RequiredAcks = sarama.WaitForAll
	case "noack":
		cfg.Producer.RequiredAcks = sarama.NoResponse
	default:
		cfg.Producer.RequiredAcks = sarama.WaitForLocal
	}
	if f.options.ProtocolVersion != "" {
		v, err := sarama.ParseKafkaVersion(f.options.ProtocolVersion)
		if err != nil {
			return err
		}
		cfg.Version = v
	}
	producer, err := sarama.NewAsyncProducer(f.options.Brokers, cfg)
	if err != nil {
		return err
	}
	f.producer = producer
	logger.Info("Kafka producer created", zap.Strings("brokers", f.options.Brokers), zap.String("topic", f.options.Topic))
	return nil
}

func (f *Factory) CreateSpanWriter() (spanstore.Writer, error) {
	marshaller := newProtobufMarshaller()
	if f.options.Encoding == EncodingJSON {
		marshaller = newJSONMarshaller()
	}
	return &SpanWriter{producer: f.producer, topic: f.options.Topic, marshaller: marshaller, logger: f.logger}, nil
}

func (f *Factory) CreateSpanReader() (spanstore.Reader, error)             { return nil, ErrNotSupported }
func (f *Factory) CreateDependencyReader() (dependencystore.Reader, error) { return nil, ErrNotSupported }

// SpanWriter writes spans to kafka, keyed by trace ID so a trace lands in one partition.
type SpanWriter struct {
	producer   sarama.AsyncProducer
	topic      string
	marshaller Marshaller
	logger     *zap.Logger
}

func (w *SpanWriter) WriteSpan(_ context.Context, span *model.Span) error {
	body, err := w.marshaller.Marshal(span)
	if err != nil {
		return err
	}
	w.producer.Input() <- &sarama.ProducerMessage{
		Topic: w.topic,
		Key:   sarama.StringEncoder(span.TraceID.String()),
		Value: sarama.ByteEncoder(body),
	}
	return nil
}

func (w *SpanWriter) Close() error { return w.producer.Close() }
