package server

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware/logging"
	"github.com/go-kratos/kratos/v2/middleware/recovery"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	"github.com/go-kratos/kratos/v2/middleware/validate"
	"github.com/go-kratos/kratos/v2/transport/grpc"
	"github.com/google/wire"
	"github.com/segmentio/kafka-go"
	"google.golang.org/protobuf/proto"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"

	paymentv1 "github.com/maltworks/hopstore/api/payment/service/v1"
	v1 "github.com/maltworks/hopstore/api/order/service/v1"
	"github.com/maltworks/hopstore/app/order/service/internal/conf"
	"github.com/maltworks/hopstore/app/order/service/internal/service"
)

// ProviderSet is server providers.
var ProviderSet = wire.NewSet(NewGRPCServer, NewKafkaConsumer)

// NewGRPCServer new a gRPC server.
func NewGRPCServer(c *conf.Server, s *service.OrderService, logger log.Logger, tp *tracesdk.TracerProvider) *grpc.Server {
	var opts = []grpc.ServerOption{
		grpc.Middleware(
			recovery.Recovery(),
			tracing.Server(tracing.WithTracerProvider(tp)),
			logging.Server(logger),
			validate.Validator(),
		),
	}
	if c.Grpc.Network != "" {
		opts = append(opts, grpc.Network(c.Grpc.Network))
	}
	if c.Grpc.Addr != "" {
		opts = append(opts, grpc.Address(c.Grpc.Addr))
	}
	if c.Grpc.Timeout != nil {
		opts = append(opts, grpc.Timeout(c.Grpc.Timeout.AsDuration()))
	}
	srv := grpc.NewServer(opts...)
	v1.RegisterOrderServer(srv, s)
	return srv
}

// KafkaConsumer is a kratos transport.Server that drains PaymentSettledTopic and
// hands every event to the service layer.
type KafkaConsumer struct {
	reader *kafka.Reader
	svc    *service.OrderService
	log    *log.Helper
	cancel context.CancelFunc
}

func NewKafkaConsumer(c *conf.Data, s *service.OrderService, logger log.Logger) *KafkaConsumer {
	return &KafkaConsumer{
		reader: kafka.NewReader(kafka.ReaderConfig{
			Brokers:  c.Kafka.Addrs,
			GroupID:  c.Kafka.GroupId,
			Topic:    c.Kafka.PaymentSettledTopic,
			MinBytes: 1,
			MaxBytes: 10e6,
		}),
		svc: s,
		log: log.NewHelper(log.With(logger, "module", "server/kafka")),
	}
}

func (k *KafkaConsumer) Start(ctx context.Context) error {
	ctx, k.cancel = context.WithCancel(ctx)
	for {
		m, err := k.reader.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		var evt paymentv1.PaymentSettledEvent
		if err := proto.Unmarshal(m.Value, &evt); err != nil {
			k.log.Errorf("drop malformed message at offset %d: %v", m.Offset, err)
		} else if err := k.svc.HandlePaymentSettled(ctx, &evt); err != nil {
			k.log.Errorf("handle PaymentSettledEvent: %v", err)
			continue // do not commit, redeliver after rebalance
		}
		if err := k.reader.CommitMessages(ctx, m); err != nil {
			k.log.Warnf("commit offset: %v", err)
		}
	}
}

func (k *KafkaConsumer) Stop(ctx context.Context) error {
	if k.cancel != nil {
		k.cancel()
	}
	return k.reader.Close()
}
