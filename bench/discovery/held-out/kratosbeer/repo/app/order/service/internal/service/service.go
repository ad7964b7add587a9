package service

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"

	v1 "github.com/maltworks/hopstore/api/order/service/v1"
	paymentv1 "github.com/maltworks/hopstore/api/payment/service/v1"
	"github.com/maltworks/hopstore/app/order/service/internal/biz"
)

// ProviderSet is service providers.
var ProviderSet = wire.NewSet(NewOrderService)

type OrderService struct {
	v1.UnimplementedOrderServer

	oc  *biz.OrderUseCase
	log *log.Helper
}

func NewOrderService(oc *biz.OrderUseCase, logger log.Logger) *OrderService {
	return &OrderService{oc: oc, log: log.NewHelper(log.With(logger, "module", "service/order"))}
}

func toProto(o *biz.Order) *v1.OrderInfo {
	rv := &v1.OrderInfo{Id: o.Id, UserId: o.UserId, Total: o.Total, Status: o.Status}
	for _, it := range o.Items {
		rv.Items = append(rv.Items, &v1.OrderItem{ItemId: it.ItemId, Quantity: it.Quantity, Price: it.Price})
	}
	return rv
}

func (s *OrderService) CreateOrder(ctx context.Context, req *v1.CreateOrderReq) (*v1.CreateOrderReply, error) {
	o := &biz.Order{UserId: req.UserId, AddressId: req.AddressId}
	for _, it := range req.Items {
		o.Items = append(o.Items, biz.OrderItem{ItemId: it.ItemId, Quantity: it.Quantity, Price: it.Price})
	}
	created, err := s.oc.Create(ctx, o)
	if err != nil {
		return nil, err
	}
	return &v1.CreateOrderReply{Order: toProto(created)}, nil
}

func (s *OrderService) GetOrder(ctx context.Context, req *v1.GetOrderReq) (*v1.GetOrderReply, error) {
	o, err := s.oc.Get(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &v1.GetOrderReply{Order: toProto(o)}, nil
}

func (s *OrderService) ListOrder(ctx context.Context, req *v1.ListOrderReq) (*v1.ListOrderReply, error) {
	os, err := s.oc.List(ctx, req.UserId, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.OrderInfo, 0, len(os))
	for _, o := range os {
		rv = append(rv, toProto(o))
	}
	return &v1.ListOrderReply{Orders: rv}, nil
}

// HandlePaymentSettled is wired to the kafka consumer in internal/server.
func (s *OrderService) HandlePaymentSettled(ctx context.Context, evt *paymentv1.PaymentSettledEvent) error {
	return s.oc.OnPaymentSettled(ctx, evt.OrderId, evt.Success)
}
