package data

import (
	"context"
	"time"

	"github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/google/wire"
	consulAPI "github.com/hashicorp/consul/api"
	"github.com/segmentio/kafka-go"
	"gorm.io/driver/mysql"
	"gorm.io/gorm"

	"github.com/maltworks/hopstore/app/order/service/internal/conf"
)

// ProviderSet is data providers.
var ProviderSet = wire.NewSet(
	NewData,
	NewDB,
	NewKafkaWriter,
	NewRegistrar,
	NewDiscovery,
	NewCatalogServiceClient,
	NewOrderRepo,
	NewCatalogRepo,
	NewOrderEventPublisher,
)

// Data .
type Data struct {
	db *gorm.DB
	kw *kafka.Writer
}

func NewDB(conf *conf.Data, logger log.Logger) *gorm.DB {
	l := log.NewHelper(log.With(logger, "module", "order-service/data/gorm"))

	db, err := gorm.Open(mysql.Open(conf.Database.Source), &gorm.Config{})
	if err != nil {
		l.Fatalf("failed opening connection to mysql: %v", err)
	}
	if err := db.AutoMigrate(&Order{}, &OrderItem{}); err != nil {
		l.Fatal(err)
	}
	return db
}

// NewKafkaWriter returns the producer used for hopstore.order.created.
func NewKafkaWriter(conf *conf.Data) *kafka.Writer {
	return &kafka.Writer{
		Addr:         kafka.TCP(conf.Kafka.Addrs...),
		Topic:        conf.Kafka.OrderCreatedTopic,
		Balancer:     &kafka.Hash{},
		RequiredAcks: kafka.RequireAll,
		BatchTimeout: 10 * time.Millisecond,
	}
}

// NewData .
func NewData(db *gorm.DB, kw *kafka.Writer, logger log.Logger) (*Data, func(), error) {
	l := log.NewHelper(log.With(logger, "module", "order-service/data"))
	d := &Data{db: db, kw: kw}
	return d, func() {
		if err := d.kw.Close(); err != nil {
			l.Error(err)
		}
		if sqlDB, err := d.db.DB(); err == nil {
			_ = sqlDB.Close()
		}
	}, nil
}

func newConsulClient(conf *conf.Registry) *consulAPI.Client {
	c := consulAPI.DefaultConfig()
	c.Address = conf.Consul.Address
	c.Scheme = conf.Consul.Scheme
	cli, err := consulAPI.NewClient(c)
	if err != nil {
		panic(err)
	}
	return cli
}

func NewRegistrar(conf *conf.Registry) registry.Registrar {
	return consul.New(newConsulClient(conf), consul.WithHealthCheck(conf.Consul.HealthCheck))
}

// NewDiscovery is used to resolve the catalog service (see catalog.go).
func NewDiscovery(conf *conf.Registry) registry.Discovery {
	return consul.New(newConsulClient(conf), consul.WithHealthCheck(false))
}

func pingTimeout() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 3*time.Second)
}
