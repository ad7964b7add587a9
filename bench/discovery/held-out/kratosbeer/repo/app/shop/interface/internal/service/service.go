package service

import (
	"context"
	"fmt"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/go-kratos/kratos/v2/middleware/auth/jwt"
	jwtv4 "github.com/golang-jwt/jwt/v4"
	"github.com/google/wire"

	v1 "github.com/maltworks/hopstore/api/shop/interface/v1"
	"github.com/maltworks/hopstore/app/shop/interface/internal/biz"
)

// ProviderSet is service providers.
var ProviderSet = wire.NewSet(NewShopInterface)

type ShopInterface struct {
	v1.UnimplementedShopInterfaceServer

	uc  *biz.UserUseCase
	cc  *biz.CatalogUseCase
	bc  *biz.CartUseCase
	oc  *biz.OrderUseCase
	log *log.Helper
}

func NewShopInterface(uc *biz.UserUseCase, cc *biz.CatalogUseCase, bc *biz.CartUseCase, oc *biz.OrderUseCase, logger log.Logger) *ShopInterface {
	return &ShopInterface{uc: uc, cc: cc, bc: bc, oc: oc, log: log.NewHelper(log.With(logger, "module", "service/interface"))}
}

func currentUID(ctx context.Context) (int64, error) {
	claims, ok := jwt.FromContext(ctx)
	if !ok {
		return 0, fmt.Errorf("missing token")
	}
	mc, ok := claims.(jwtv4.MapClaims)
	if !ok {
		return 0, fmt.Errorf("bad claims")
	}
	uid, _ := mc["uid"].(float64)
	return int64(uid), nil
}

func (s *ShopInterface) Register(ctx context.Context, req *v1.RegisterReq) (*v1.RegisterReply, error) {
	id, err := s.uc.Register(ctx, req.Username, req.Password, req.Email)
	if err != nil {
		return nil, err
	}
	return &v1.RegisterReply{Id: id}, nil
}

func (s *ShopInterface) Login(ctx context.Context, req *v1.LoginReq) (*v1.LoginReply, error) {
	token, err := s.uc.Login(ctx, req.Username, req.Password)
	if err != nil {
		return nil, err
	}
	return &v1.LoginReply{Token: token}, nil
}

func (s *ShopInterface) ListBeer(ctx context.Context, req *v1.ListBeerReq) (*v1.ListBeerReply, error) {
	bs, err := s.cc.List(ctx, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.Beer, 0, len(bs))
	for _, b := range bs {
		rv = append(rv, &v1.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Images: b.Images})
	}
	return &v1.ListBeerReply{Results: rv}, nil
}

func (s *ShopInterface) GetBeer(ctx context.Context, req *v1.GetBeerReq) (*v1.GetBeerReply, error) {
	b, err := s.cc.Get(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &v1.GetBeerReply{Beer: &v1.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Images: b.Images}}, nil
}

func toCartItems(items []biz.CartItem) []*v1.CartItem {
	rv := make([]*v1.CartItem, 0, len(items))
	for _, it := range items {
		rv = append(rv, &v1.CartItem{ItemId: it.ItemId, Quantity: it.Quantity})
	}
	return rv
}

func (s *ShopInterface) ListCartItem(ctx context.Context, _ *v1.ListCartItemReq) (*v1.ListCartItemReply, error) {
	uid, err := currentUID(ctx)
	if err != nil {
		return nil, err
	}
	items, err := s.bc.List(ctx, uid)
	if err != nil {
		return nil, err
	}
	return &v1.ListCartItemReply{Items: toCartItems(items)}, nil
}

func (s *ShopInterface) AddCartItem(ctx context.Context, req *v1.AddCartItemReq) (*v1.AddCartItemReply, error) {
	uid, err := currentUID(ctx)
	if err != nil {
		return nil, err
	}
	items, err := s.bc.Add(ctx, uid, req.ItemId, req.Quantity)
	if err != nil {
		return nil, err
	}
	return &v1.AddCartItemReply{Items: toCartItems(items)}, nil
}

func (s *ShopInterface) CreateOrder(ctx context.Context, req *v1.CreateOrderReq) (*v1.CreateOrderReply, error) {
	uid, err := currentUID(ctx)
	if err != nil {
		return nil, err
	}
	o, err := s.oc.Checkout(ctx, uid, req.AddressId)
	if err != nil {
		return nil, err
	}
	return &v1.CreateOrderReply{OrderId: o.Id, Total: o.Total}, nil
}

func (s *ShopInterface) ListOrder(ctx context.Context, req *v1.ListOrderReq) (*v1.ListOrderReply, error) {
	uid, err := currentUID(ctx)
	if err != nil {
		return nil, err
	}
	os, err := s.oc.List(ctx, uid, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.CreateOrderReply, 0, len(os))
	for _, o := range os {
		rv = append(rv, &v1.CreateOrderReply{OrderId: o.Id, Total: o.Total})
	}
	return &v1.ListOrderReply{Orders: rv}, nil
}

func (s *ShopInterface) PayOrder(ctx context.Context, req *v1.PayOrderReq) (*v1.PayOrderReply, error) {
	status, secret, err := s.oc.Pay(ctx, req.OrderId, req.PaymentMethod)
	if err != nil {
		return nil, err
	}
	return &v1.PayOrderReply{Status: status, ClientSecret: secret}, nil
}
