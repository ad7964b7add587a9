package data

import (
	"time"

	"github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/google/wire"
	consulAPI "github.com/hashicorp/consul/api"
	"github.com/segmentio/kafka-go"
	"gorm.io/driver/mysql"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"github.com/maltworks/hopstore/app/payment/service/internal/conf"
)

// ProviderSet is data providers.
var ProviderSet = wire.NewSet(NewData, NewDB, NewKafkaWriter, NewRegistrar, NewPaymentRepo, NewSettlementPublisher, NewStripeGateway)

// Data .
type Data struct {
	db *gorm.DB
	kw *kafka.Writer
}

func NewDB(c *conf.Data, l log.Logger) *gorm.DB {
	h := log.NewHelper(log.With(l, "module", "payment-service/data/gorm"))
	db, err := gorm.Open(mysql.Open(c.Database.Source), &gorm.Config{
		Logger: logger.Default.LogMode(logger.Warn),
	})
	if err != nil {
		h.Fatalf("failed opening connection to mysql: %v", err)
	}
	if err := db.AutoMigrate(&Payment{}); err != nil {
		h.Fatal(err)
	}
	return db
}

// NewKafkaWriter produces to hopstore.payment.settled.
func NewKafkaWriter(c *conf.Data) *kafka.Writer {
	return kafka.NewWriter(kafka.WriterConfig{
		Brokers:      c.Kafka.Addrs,
		Topic:        c.Kafka.PaymentSettledTopic,
		Balancer:     &kafka.Hash{},
		BatchTimeout: 10 * time.Millisecond,
	})
}

// NewData .
func NewData(db *gorm.DB, kw *kafka.Writer, l log.Logger) (*Data, func(), error) {
	h := log.NewHelper(log.With(l, "module", "payment-service/data"))
	d := &Data{db: db, kw: kw}
	return d, func() {
		if err := d.kw.Close(); err != nil {
			h.Error(err)
		}
	}, nil
}

func NewRegistrar(c *conf.Registry) registry.Registrar {
	cfg := consulAPI.DefaultConfig()
	cfg.Address = c.Consul.Address
	cfg.Scheme = c.Consul.Scheme
	cli, err := consulAPI.NewClient(cfg)
	if err != nil {
		panic(err)
	}
	return consul.New(cli, consul.WithHealthCheck(c.Consul.HealthCheck))
}
