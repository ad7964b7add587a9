package biz

import (
	"context"
	"errors"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"
)

// ProviderSet is biz providers.
var ProviderSet = wire.NewSet(NewPaymentUseCase)

var ErrPaymentNotFound = errors.New("payment not found")

const (
	StatusRequiresPayment = "REQUIRES_PAYMENT"
	StatusSucceeded       = "SUCCEEDED"
	StatusFailed          = "FAILED"
)

type Payment struct {
	Id           int64
	OrderId      int64
	UserId       int64
	Amount       int64
	Currency     string
	Status       string
	IntentId     string
	ClientSecret string
}

type PaymentRepo interface {
	Save(ctx context.Context, p *Payment) (*Payment, error)
	GetByOrder(ctx context.Context, orderID int64) (*Payment, error)
}

// Gateway is the card processor (Stripe in production).
type Gateway interface {
	CreateIntent(ctx context.Context, p *Payment) (intentID, clientSecret string, err error)
	ConfirmIntent(ctx context.Context, intentID, paymentMethod string) (succeeded bool, err error)
}

type SettlementPublisher interface {
	PaymentSettled(ctx context.Context, p *Payment) error
}

type PaymentUseCase struct {
	repo    PaymentRepo
	gateway Gateway
	pub     SettlementPublisher
	log     *log.Helper
}

func NewPaymentUseCase(repo PaymentRepo, gw Gateway, pub SettlementPublisher, logger log.Logger) *PaymentUseCase {
	return &PaymentUseCase{repo: repo, gateway: gw, pub: pub, log: log.NewHelper(log.With(logger, "module", "usecase/payment"))}
}

// OpenForOrder is called for each hopstore.order.created event.
func (uc *PaymentUseCase) OpenForOrder(ctx context.Context, orderID, userID, amount int64, currency string) error {
	if existing, err := uc.repo.GetByOrder(ctx, orderID); err == nil && existing != nil {
		return nil // idempotent on redelivery
	}
	p := &Payment{OrderId: orderID, UserId: userID, Amount: amount, Currency: currency, Status: StatusRequiresPayment}
	intentID, secret, err := uc.gateway.CreateIntent(ctx, p)
	if err != nil {
		return err
	}
	p.IntentId, p.ClientSecret = intentID, secret
	_, err = uc.repo.Save(ctx, p)
	return err
}

func (uc *PaymentUseCase) Get(ctx context.Context, orderID int64) (*Payment, error) {
	return uc.repo.GetByOrder(ctx, orderID)
}

func (uc *PaymentUseCase) Confirm(ctx context.Context, orderID int64, paymentMethod string) (*Payment, error) {
	p, err := uc.repo.GetByOrder(ctx, orderID)
	if err != nil {
		return nil, err
	}
	ok, err := uc.gateway.ConfirmIntent(ctx, p.IntentId, paymentMethod)
	if err != nil {
		return nil, err
	}
	p.Status = StatusFailed
	if ok {
		p.Status = StatusSucceeded
	}
	if p, err = uc.repo.Save(ctx, p); err != nil {
		return nil, err
	}
	if err := uc.pub.PaymentSettled(ctx, p); err != nil {
		uc.log.WithContext(ctx).Errorf("publish payment.settled for order %d: %v", orderID, err)
	}
	return p, nil
}
