package data

import (
	"context"

	"github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/go-redis/redis/extra/redisotel/v8"
	"github.com/go-redis/redis/v8"
	"github.com/google/wire"
	consulAPI "github.com/hashicorp/consul/api"

	// init mysql driver
	_ "github.com/go-sql-driver/mysql"

	"github.com/maltworks/hopstore/app/catalog/service/internal/conf"
	"github.com/maltworks/hopstore/app/catalog/service/internal/data/ent"
)

// ProviderSet is data providers.
var ProviderSet = wire.NewSet(NewData, NewEntClient, NewRedisCmd, NewRegistrar, NewBeerRepo)

// Data .
type Data struct {
	db  *ent.Client
	rdb redis.Cmdable
}

func NewEntClient(conf *conf.Data, logger log.Logger) *ent.Client {
	l := log.NewHelper(log.With(logger, "module", "catalog-service/data/ent"))

	client, err := ent.Open(conf.Database.Driver, conf.Database.Source)
	if err != nil {
		l.Fatalf("failed opening connection to db: %v", err)
	}
	// Run the auto migration tool.
	if err := client.Schema.Create(context.Background()); err != nil {
		l.Fatalf("failed creating schema resources: %v", err)
	}
	return client
}

func NewRedisCmd(conf *conf.Data, logger log.Logger) redis.Cmdable {
	l := log.NewHelper(log.With(logger, "module", "catalog-service/data/redis"))
	client := redis.NewClient(&redis.Options{
		Addr:         conf.Redis.Addr,
		Password:     conf.Redis.Password,
		DB:           int(conf.Redis.Db),
		DialTimeout:  conf.Redis.DialTimeout.AsDuration(),
		ReadTimeout:  conf.Redis.ReadTimeout.AsDuration(),
		WriteTimeout: conf.Redis.WriteTimeout.AsDuration(),
	})
	client.AddHook(redisotel.NewTracingHook())
	if err := client.Ping(context.Background()).Err(); err != nil {
		l.Fatalf("redis connect error: %v", err)
	}
	return client
}

// NewData .
func NewData(entClient *ent.Client, rdb redis.Cmdable, logger log.Logger) (*Data, func(), error) {
	l := log.NewHelper(log.With(logger, "module", "catalog-service/data"))
	d := &Data{db: entClient, rdb: rdb}
	return d, func() {
		if err := d.db.Close(); err != nil {
			l.Error(err)
		}
	}, nil
}

// NewRegistrar registers this service in consul so BFFs can find it.
func NewRegistrar(conf *conf.Registry) registry.Registrar {
	c := consulAPI.DefaultConfig()
	c.Address = conf.Consul.Address
	c.Scheme = conf.Consul.Scheme
	cli, err := consulAPI.NewClient(c)
	if err != nil {
		panic(err)
	}
	return consul.New(cli, consul.WithHealthCheck(conf.Consul.HealthCheck))
}
