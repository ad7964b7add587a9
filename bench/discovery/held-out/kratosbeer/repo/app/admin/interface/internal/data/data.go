package data

import (
	"context"

	"github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/go-kratos/kratos/v2/middleware/recovery"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/go-kratos/kratos/v2/transport/grpc"
	"github.com/google/wire"
	consulAPI "github.com/hashicorp/consul/api"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"

	catalogv1 "github.com/maltworks/hopstore/api/catalog/service/v1"
	orderv1 "github.com/maltworks/hopstore/api/order/service/v1"
	userv1 "github.com/maltworks/hopstore/api/user/service/v1"
	"github.com/maltworks/hopstore/app/admin/interface/internal/biz"
	"github.com/maltworks/hopstore/app/admin/interface/internal/conf"
)

// ProviderSet is data providers.
var ProviderSet = wire.NewSet(
	NewDiscovery,
	NewRegistrar,
	NewCatalogClient,
	NewUserClient,
	NewOrderClient,
	// NewCartClient,
	NewCatalogRepo,
	NewUserRepo,
	NewOrderRepo,
)

func newConsul(c *conf.Registry) *consulAPI.Client {
	cfg := consulAPI.DefaultConfig()
	cfg.Address = c.Consul.Address
	cfg.Scheme = c.Consul.Scheme
	cli, err := consulAPI.NewClient(cfg)
	if err != nil {
		panic(err)
	}
	return cli
}

func NewDiscovery(c *conf.Registry) registry.Discovery {
	return consul.New(newConsul(c), consul.WithHealthCheck(c.Consul.HealthCheck))
}

func NewRegistrar(c *conf.Registry) registry.Registrar {
	return consul.New(newConsul(c), consul.WithHealthCheck(c.Consul.HealthCheck))
}

// endpoints come from data.services.* in configs/config.yaml
func newConn(endpoint string, r registry.Discovery, tp *tracesdk.TracerProvider) *grpc.ClientConn {
	conn, err := grpc.DialInsecure(
		context.Background(),
		grpc.WithEndpoint(endpoint),
		grpc.WithDiscovery(r),
		grpc.WithMiddleware(
			tracing.Client(tracing.WithTracerProvider(tp)),
			recovery.Recovery(),
		),
	)
	if err != nil {
		panic(err)
	}
	return conn
}

func NewCatalogClient(c *conf.Data, r registry.Discovery, tp *tracesdk.TracerProvider) catalogv1.CatalogClient {
	return catalogv1.NewCatalogClient(newConn(c.Services.Catalog, r, tp))
}

func NewUserClient(c *conf.Data, r registry.Discovery, tp *tracesdk.TracerProvider) userv1.UserClient {
	return userv1.NewUserClient(newConn(c.Services.User, r, tp))
}

func NewOrderClient(c *conf.Data, r registry.Discovery, tp *tracesdk.TracerProvider) orderv1.OrderClient {
	return orderv1.NewOrderClient(newConn(c.Services.Order, r, tp))
}

// Abandoned-cart report was dropped from the first admin release.
// func NewCartClient(r registry.Discovery, tp *tracesdk.TracerProvider) cartv1.CartClient {
// 	return cartv1.NewCartClient(newConn("discovery:///hopstore.cart.service", r, tp))
// }

type catalogRepo struct{ cc catalogv1.CatalogClient }

func NewCatalogRepo(cc catalogv1.CatalogClient) biz.CatalogRepo { return &catalogRepo{cc: cc} }

func (r *catalogRepo) ListBeer(ctx context.Context, pageNum, pageSize int64) ([]*biz.Beer, error) {
	reply, err := r.cc.ListBeer(ctx, &catalogv1.ListBeerReq{PageNum: pageNum, PageSize: pageSize})
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.Beer, 0, len(reply.Results))
	for _, b := range reply.Results {
		rv = append(rv, &biz.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Stock: b.Stock})
	}
	return rv, nil
}

func (r *catalogRepo) CreateBeer(ctx context.Context, b *biz.Beer) (*biz.Beer, error) {
	reply, err := r.cc.CreateBeer(ctx, &catalogv1.CreateBeerReq{Beer: &catalogv1.Beer{
		Name: b.Name, Description: b.Description, Price: b.Price, Stock: b.Stock,
	}})
	if err != nil {
		return nil, err
	}
	b.Id = reply.Beer.Id
	return b, nil
}

type userRepo struct{ uc userv1.UserClient }

func NewUserRepo(uc userv1.UserClient) biz.UserRepo { return &userRepo{uc: uc} }

func (r *userRepo) VerifyPassword(ctx context.Context, username, password string) (int64, bool, error) {
	reply, err := r.uc.VerifyPassword(ctx, &userv1.VerifyPasswordReq{Username: username, Password: password})
	if err != nil {
		return 0, false, err
	}
	return reply.Id, reply.Ok, nil
}

func (r *userRepo) ListUser(ctx context.Context, pageNum, pageSize int64) ([]*biz.User, error) {
	reply, err := r.uc.ListUser(ctx, &userv1.ListUserReq{PageNum: pageNum, PageSize: pageSize})
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.User, 0, len(reply.Results))
	for _, u := range reply.Results {
		rv = append(rv, &biz.User{Id: u.Id, Username: u.Username, Email: u.Email})
	}
	return rv, nil
}

type orderRepo struct{ oc orderv1.OrderClient }

func NewOrderRepo(oc orderv1.OrderClient) biz.OrderRepo { return &orderRepo{oc: oc} }

func (r *orderRepo) ListOrder(ctx context.Context, pageNum, pageSize int64) ([]*biz.Order, error) {
	// user_id 0 lists across all customers
	reply, err := r.oc.ListOrder(ctx, &orderv1.ListOrderReq{PageNum: pageNum, PageSize: pageSize})
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.Order, 0, len(reply.Orders))
	for _, o := range reply.Orders {
		rv = append(rv, &biz.Order{Id: o.Id, UserId: o.UserId, Total: o.Total, Status: o.Status})
	}
	return rv, nil
}
