package service

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"

	orderv1 "github.com/maltworks/hopstore/api/order/service/v1"
	v1 "github.com/maltworks/hopstore/api/payment/service/v1"
	"github.com/maltworks/hopstore/app/payment/service/internal/biz"
)

// ProviderSet is service providers.
var ProviderSet = wire.NewSet(NewPaymentService)

type PaymentService struct {
	v1.UnimplementedPaymentServer

	pc  *biz.PaymentUseCase
	log *log.Helper
}

func NewPaymentService(pc *biz.PaymentUseCase, logger log.Logger) *PaymentService {
	return &PaymentService{pc: pc, log: log.NewHelper(log.With(logger, "module", "service/payment"))}
}

func toProto(p *biz.Payment) *v1.PaymentInfo {
	return &v1.PaymentInfo{Id: p.Id, OrderId: p.OrderId, Amount: p.Amount, Status: p.Status, ClientSecret: p.ClientSecret}
}

func (s *PaymentService) GetPayment(ctx context.Context, req *v1.GetPaymentReq) (*v1.GetPaymentReply, error) {
	p, err := s.pc.Get(ctx, req.OrderId)
	if err != nil {
		return nil, err
	}
	return &v1.GetPaymentReply{Payment: toProto(p)}, nil
}

func (s *PaymentService) ConfirmPayment(ctx context.Context, req *v1.ConfirmPaymentReq) (*v1.ConfirmPaymentReply, error) {
	p, err := s.pc.Confirm(ctx, req.OrderId, req.PaymentMethod)
	if err != nil {
		return nil, err
	}
	return &v1.ConfirmPaymentReply{Payment: toProto(p)}, nil
}

// HandleOrderCreated is wired to the kafka consumer in internal/server.
func (s *PaymentService) HandleOrderCreated(ctx context.Context, evt *orderv1.OrderCreatedEvent) error {
	return s.pc.OpenForOrder(ctx, evt.OrderId, evt.UserId, evt.Total, evt.Currency)
}
