package data

import (
	"context"

	"github.com/go-kratos/kratos/contrib/registry/consul/v2"
	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware/recovery"
	"github.com/go-kratos/kratos/v2/middleware/tracing"
	"github.com/go-kratos/kratos/v2/registry"
	"github.com/go-kratos/kratos/v2/transport/grpc"
	"github.com/google/wire"
	consulAPI "github.com/hashicorp/consul/api"
	tracesdk "go.opentelemetry.io/otel/sdk/trace"

	cartv1 "github.com/maltworks/hopstore/api/cart/service/v1"
	catalogv1 "github.com/maltworks/hopstore/api/catalog/service/v1"
	orderv1 "github.com/maltworks/hopstore/api/order/service/v1"
	paymentv1 "github.com/maltworks/hopstore/api/payment/service/v1"
	userv1 "github.com/maltworks/hopstore/api/user/service/v1"
	"github.com/maltworks/hopstore/app/shop/interface/internal/biz"
	"github.com/maltworks/hopstore/app/shop/interface/internal/conf"
)

// ProviderSet is data providers.
var ProviderSet = wire.NewSet(
	NewData,
	NewDiscovery,
	NewRegistrar,
	NewUserServiceClient,
	NewCatalogServiceClient,
	NewCartServiceClient,
	NewOrderServiceClient,
	NewPaymentServiceClient,
	NewUserRepo,
	NewCatalogRepo,
	NewCartRepo,
	NewOrderRepo,
	NewPaymentRepo,
)

// Data holds the downstream gRPC clients; the shop BFF has no storage of its own.
type Data struct {
	log *log.Helper
	uc  userv1.UserClient
	cc  catalogv1.CatalogClient
	bc  cartv1.CartClient
	oc  orderv1.OrderClient
	pc  paymentv1.PaymentClient
}

// NewData .
func NewData(
	logger log.Logger,
	uc userv1.UserClient,
	cc catalogv1.CatalogClient,
	bc cartv1.CartClient,
	oc orderv1.OrderClient,
	pc paymentv1.PaymentClient,
) (*Data, error) {
	l := log.NewHelper(log.With(logger, "module", "data"))
	return &Data{log: l, uc: uc, cc: cc, bc: bc, oc: oc, pc: pc}, nil
}

func NewDiscovery(conf *conf.Registry) registry.Discovery {
	c := consulAPI.DefaultConfig()
	c.Address = conf.Consul.Address
	c.Scheme = conf.Consul.Scheme
	cli, err := consulAPI.NewClient(c)
	if err != nil {
		panic(err)
	}
	r := consul.New(cli, consul.WithHealthCheck(conf.Consul.HealthCheck))
	return r
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

func dial(r registry.Discovery, tp *tracesdk.TracerProvider, endpoint string) *grpc.ClientConn {
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

func NewUserServiceClient(r registry.Discovery, tp *tracesdk.TracerProvider) userv1.UserClient {
	return userv1.NewUserClient(dial(r, tp, "discovery:///hopstore.user.service"))
}

func NewCatalogServiceClient(r registry.Discovery, tp *tracesdk.TracerProvider) catalogv1.CatalogClient {
	return catalogv1.NewCatalogClient(dial(r, tp, "discovery:///hopstore.catalog.service"))
}

func NewCartServiceClient(r registry.Discovery, tp *tracesdk.TracerProvider) cartv1.CartClient {
	return cartv1.NewCartClient(dial(r, tp, "discovery:///hopstore.cart.service"))
}

func NewOrderServiceClient(r registry.Discovery, tp *tracesdk.TracerProvider) orderv1.OrderClient {
	return orderv1.NewOrderClient(dial(r, tp, "discovery:///hopstore.order.service"))
}

func NewPaymentServiceClient(r registry.Discovery, tp *tracesdk.TracerProvider) paymentv1.PaymentClient {
	return paymentv1.NewPaymentClient(dial(r, tp, "discovery:///hopstore.payment.service"))
}

// ---- repos: thin adapters from biz interfaces to the gRPC clients ----

type userRepo struct{ data *Data }

func NewUserRepo(data *Data) biz.UserRepo { return &userRepo{data: data} }

func (r *userRepo) Register(ctx context.Context, username, password, email string) (int64, error) {
	reply, err := r.data.uc.CreateUser(ctx, &userv1.CreateUserReq{Username: username, Password: password, Email: email})
	if err != nil {
		return 0, err
	}
	return reply.Id, nil
}

func (r *userRepo) VerifyPassword(ctx context.Context, username, password string) (int64, bool, error) {
	reply, err := r.data.uc.VerifyPassword(ctx, &userv1.VerifyPasswordReq{Username: username, Password: password})
	if err != nil {
		return 0, false, err
	}
	return reply.Id, reply.Ok, nil
}

type catalogRepo struct{ data *Data }

func NewCatalogRepo(data *Data) biz.CatalogRepo { return &catalogRepo{data: data} }

func beerFromProto(b *catalogv1.Beer) *biz.Beer {
	return &biz.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Images: b.Images}
}

func (r *catalogRepo) ListBeer(ctx context.Context, pageNum, pageSize int64) ([]*biz.Beer, error) {
	reply, err := r.data.cc.ListBeer(ctx, &catalogv1.ListBeerReq{PageNum: pageNum, PageSize: pageSize})
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.Beer, 0, len(reply.Results))
	for _, b := range reply.Results {
		rv = append(rv, beerFromProto(b))
	}
	return rv, nil
}

func (r *catalogRepo) GetBeer(ctx context.Context, id int64) (*biz.Beer, error) {
	reply, err := r.data.cc.GetBeer(ctx, &catalogv1.GetBeerReq{Id: id})
	if err != nil {
		return nil, err
	}
	return beerFromProto(reply.Beer), nil
}

type cartRepo struct{ data *Data }

func NewCartRepo(data *Data) biz.CartRepo { return &cartRepo{data: data} }

func cartItems(items []*cartv1.Item) []biz.CartItem {
	rv := make([]biz.CartItem, 0, len(items))
	for _, it := range items {
		rv = append(rv, biz.CartItem{ItemId: it.ItemId, Quantity: it.Quantity})
	}
	return rv
}

func (r *cartRepo) GetCart(ctx context.Context, uid int64) ([]biz.CartItem, error) {
	reply, err := r.data.bc.GetCart(ctx, &cartv1.GetCartReq{UserId: uid})
	if err != nil {
		return nil, err
	}
	return cartItems(reply.Items), nil
}

func (r *cartRepo) AddItem(ctx context.Context, uid, itemID, qty int64) ([]biz.CartItem, error) {
	reply, err := r.data.bc.AddItem(ctx, &cartv1.AddItemReq{UserId: uid, ItemId: itemID, Quantity: qty})
	if err != nil {
		return nil, err
	}
	return cartItems(reply.Items), nil
}

func (r *cartRepo) DeleteCart(ctx context.Context, uid int64) error {
	_, err := r.data.bc.DeleteCart(ctx, &cartv1.DeleteCartReq{UserId: uid})
	return err
}

type orderRepo struct{ data *Data }

func NewOrderRepo(data *Data) biz.OrderRepo { return &orderRepo{data: data} }

func (r *orderRepo) CreateOrder(ctx context.Context, uid, addressID int64, lines []biz.OrderLine) (*biz.Order, error) {
	req := &orderv1.CreateOrderReq{UserId: uid, AddressId: addressID}
	for _, l := range lines {
		req.Items = append(req.Items, &orderv1.OrderItem{ItemId: l.ItemId, Quantity: l.Quantity, Price: l.Price})
	}
	reply, err := r.data.oc.CreateOrder(ctx, req)
	if err != nil {
		return nil, err
	}
	return &biz.Order{Id: reply.Order.Id, Total: reply.Order.Total, Status: reply.Order.Status}, nil
}

func (r *orderRepo) ListOrder(ctx context.Context, uid, pageNum, pageSize int64) ([]*biz.Order, error) {
	reply, err := r.data.oc.ListOrder(ctx, &orderv1.ListOrderReq{UserId: uid, PageNum: pageNum, PageSize: pageSize})
	if err != nil {
		return nil, err
	}
	rv := make([]*biz.Order, 0, len(reply.Orders))
	for _, o := range reply.Orders {
		rv = append(rv, &biz.Order{Id: o.Id, Total: o.Total, Status: o.Status})
	}
	return rv, nil
}

type paymentRepo struct{ data *Data }

func NewPaymentRepo(data *Data) biz.PaymentRepo { return &paymentRepo{data: data} }

func (r *paymentRepo) Confirm(ctx context.Context, orderID int64, paymentMethod string) (string, string, error) {
	reply, err := r.data.pc.ConfirmPayment(ctx, &paymentv1.ConfirmPaymentReq{OrderId: orderID, PaymentMethod: paymentMethod})
	if err != nil {
		return "", "", err
	}
	return reply.Payment.Status, reply.Payment.ClientSecret, nil
}
