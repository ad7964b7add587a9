package data

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/go-redis/redis/extra/redisotel/v8"
	"github.com/go-redis/redis/v8"
	"github.com/google/wire"
	consulAPI "github.com/hashicorp/consul/api"

	"github.com/maltworks/hopstore/app/cart/service/internal/biz"
	"github.com/maltworks/hopstore/app/cart/service/internal/conf"
)

// ProviderSet is data providers.
var ProviderSet = wire.NewSet(NewData, NewRegistrar, NewCartRepo)

// Data holds the redis connection that stores all carts as JSON blobs.
type Data struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewData .
func NewData(conf *conf.Data, logger log.Logger) (*Data, func(), error) {
	l := log.NewHelper(log.With(logger, "module", "cart-service/data"))
	rdb := redis.NewClient(&redis.Options{
		Addr:         conf.Redis.Addr,
		Password:     conf.Redis.Password,
		DB:           int(conf.Redis.Db),
		ReadTimeout:  conf.Redis.ReadTimeout.AsDuration(),
		WriteTimeout: conf.Redis.WriteTimeout.AsDuration(),
	})
	rdb.AddHook(redisotel.NewTracingHook())
	if err := rdb.Ping(context.Background()).Err(); err != nil {
		return nil, nil, err
	}
	d := &Data{rdb: rdb, ttl: conf.Redis.CartTtl.AsDuration()}
	return d, func() {
		l.Info("closing the data resources")
		if err := d.rdb.Close(); err != nil {
			l.Error(err)
		}
	}, nil
}

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

var _ biz.CartRepo = (*cartRepo)(nil)

type cartRepo struct {
	data *Data
	log  *log.Helper
}

func NewCartRepo(data *Data, logger log.Logger) biz.CartRepo {
	return &cartRepo{data: data, log: log.NewHelper(log.With(logger, "module", "data/cart"))}
}

func cartKey(uid int64) string { return fmt.Sprintf("cart:%d", uid) }

func (r *cartRepo) GetCart(ctx context.Context, uid int64) (*biz.Cart, error) {
	c := &biz.Cart{UserId: uid}
	raw, err := r.data.rdb.Get(ctx, cartKey(uid)).Bytes()
	if err == redis.Nil {
		return c, nil
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(raw, &c.Items); err != nil {
		return nil, err
	}
	return c, nil
}

func (r *cartRepo) SaveCart(ctx context.Context, c *biz.Cart) error {
	raw, err := json.Marshal(c.Items)
	if err != nil {
		return err
	}
	return r.data.rdb.Set(ctx, cartKey(c.UserId), raw, r.data.ttl).Err()
}

func (r *cartRepo) DeleteCart(ctx context.Context, uid int64) error {
	return r.data.rdb.Del(ctx, cartKey(uid)).Err()
}
