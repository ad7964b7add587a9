package data

import (
	"context"
	"errors"
	"strconv"
	"time"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/segmentio/kafka-go"
	"google.golang.org/protobuf/proto"
	"gorm.io/gorm"

	v1 "github.com/maltworks/hopstore/api/payment/service/v1"
	"github.com/maltworks/hopstore/app/payment/service/internal/biz"
)

type Payment struct {
	ID           int64 `gorm:"primaryKey"`
	OrderID      int64 `gorm:"uniqueIndex"`
	UserID       int64
	Amount       int64
	Currency     string `gorm:"size:3"`
	Status       string `gorm:"size:24"`
	IntentID     string `gorm:"size:64"`
	ClientSecret string `gorm:"size:128"`
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

var _ biz.PaymentRepo = (*paymentRepo)(nil)

type paymentRepo struct {
	data *Data
	log  *log.Helper
}

func NewPaymentRepo(data *Data, logger log.Logger) biz.PaymentRepo {
	return &paymentRepo{data: data, log: log.NewHelper(log.With(logger, "module", "data/payment"))}
}

func (r *paymentRepo) Save(ctx context.Context, p *biz.Payment) (*biz.Payment, error) {
	po := &Payment{
		ID: p.Id, OrderID: p.OrderId, UserID: p.UserId, Amount: p.Amount, Currency: p.Currency,
		Status: p.Status, IntentID: p.IntentId, ClientSecret: p.ClientSecret,
	}
	if err := r.data.db.WithContext(ctx).Save(po).Error; err != nil {
		return nil, err
	}
	p.Id = po.ID
	return p, nil
}

func (r *paymentRepo) GetByOrder(ctx context.Context, orderID int64) (*biz.Payment, error) {
	var po Payment
	err := r.data.db.WithContext(ctx).Where("order_id = ?", orderID).First(&po).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, biz.ErrPaymentNotFound
	}
	if err != nil {
		return nil, err
	}
	return &biz.Payment{
		Id: po.ID, OrderId: po.OrderID, UserId: po.UserID, Amount: po.Amount, Currency: po.Currency,
		Status: po.Status, IntentId: po.IntentID, ClientSecret: po.ClientSecret,
	}, nil
}

type settlementPublisher struct {
	data *Data
}

func NewSettlementPublisher(data *Data) biz.SettlementPublisher {
	return &settlementPublisher{data: data}
}

func (s *settlementPublisher) PaymentSettled(ctx context.Context, p *biz.Payment) error {
	payload, err := proto.Marshal(&v1.PaymentSettledEvent{
		OrderId:   p.OrderId,
		PaymentId: p.Id,
		Success:   p.Status == biz.StatusSucceeded,
	})
	if err != nil {
		return err
	}
	return s.data.kw.WriteMessages(ctx, kafka.Message{Key: []byte(strconv.FormatInt(p.OrderId, 10)), Value: payload})
}
