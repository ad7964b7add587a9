package service

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"

	v1 "github.com/maltworks/hopstore/api/cart/service/v1"
	"github.com/maltworks/hopstore/app/cart/service/internal/biz"
)

// ProviderSet is service providers.
var ProviderSet = wire.NewSet(NewCartService)

type CartService struct {
	v1.UnimplementedCartServer

	cc  *biz.CartUseCase
	log *log.Helper
}

func NewCartService(cc *biz.CartUseCase, logger log.Logger) *CartService {
	return &CartService{cc: cc, log: log.NewHelper(log.With(logger, "module", "service/cart"))}
}

func items(c *biz.Cart) []*v1.Item {
	rv := make([]*v1.Item, 0, len(c.Items))
	for _, it := range c.Items {
		rv = append(rv, &v1.Item{ItemId: it.ItemId, Quantity: it.Quantity})
	}
	return rv
}

func (s *CartService) GetCart(ctx context.Context, req *v1.GetCartReq) (*v1.GetCartReply, error) {
	c, err := s.cc.GetCart(ctx, req.UserId)
	if err != nil {
		return nil, err
	}
	return &v1.GetCartReply{Items: items(c)}, nil
}

func (s *CartService) AddItem(ctx context.Context, req *v1.AddItemReq) (*v1.AddItemReply, error) {
	c, err := s.cc.AddItem(ctx, req.UserId, req.ItemId, req.Quantity)
	if err != nil {
		return nil, err
	}
	return &v1.AddItemReply{Items: items(c)}, nil
}

func (s *CartService) UpdateItem(ctx context.Context, req *v1.UpdateItemReq) (*v1.UpdateItemReply, error) {
	c, err := s.cc.UpdateItem(ctx, req.UserId, req.ItemId, req.Quantity)
	if err != nil {
		return nil, err
	}
	return &v1.UpdateItemReply{Items: items(c)}, nil
}

func (s *CartService) DeleteCart(ctx context.Context, req *v1.DeleteCartReq) (*v1.DeleteCartReply, error) {
	return &v1.DeleteCartReply{}, s.cc.DeleteCart(ctx, req.UserId)
}
