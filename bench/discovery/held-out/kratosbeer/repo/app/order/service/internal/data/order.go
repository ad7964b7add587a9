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

	v1 "github.com/maltworks/hopstore/api/order/service/v1"
	"github.com/maltworks/hopstore/app/order/service/internal/biz"
)

// Order is the gorm model for the orders table.
type Order struct {
	ID        int64 `gorm:"primaryKey"`
	UserID    int64 `gorm:"index"`
	AddressID int64
	Total     int64
	Status    string `gorm:"size:16"`
	Items     []OrderItem
	CreatedAt time.Time
	UpdatedAt time.Time
}

type OrderItem struct {
	ID       int64 `gorm:"primaryKey"`
	OrderID  int64 `gorm:"index"`
	ItemID   int64
	Quantity int64
	Price    int64
}

var _ biz.OrderRepo = (*orderRepo)(nil)

type orderRepo struct {
	data *Data
	log  *log.Helper
}

func NewOrderRepo(data *Data, logger log.Logger) biz.OrderRepo {
	return &orderRepo{data: data, log: log.NewHelper(log.With(logger, "module", "data/order"))}
}

func (o *Order) toBiz() *biz.Order {
	rv := &biz.Order{Id: o.ID, UserId: o.UserID, AddressId: o.AddressID, Total: o.Total, Status: o.Status}
	for _, it := range o.Items {
		rv.Items = append(rv.Items, biz.OrderItem{ItemId: it.ItemID, Quantity: it.Quantity, Price: it.Price})
	}
	return rv
}

func (r *orderRepo) CreateOrder(ctx context.Context, b *biz.Order) (*biz.Order, error) {
	po := &Order{UserID: b.UserId, AddressID: b.AddressId, Total: b.Total, Status: b.Status}
	for _, it := range b.Items {
		po.Items = append(po.Items, OrderItem{ItemID: it.ItemId, Quantity: it.Quantity, Price: it.Price})
	}
	if err := r.data.db.WithContext(ctx).Create(po).Error; err != nil {
		return nil, err
	}
	return po.toBiz(), nil
}

func (r *orderRepo) GetOrder(ctx context.Context, id int64) (*biz.Order, error) {
	var po Order
	err := r.data.db.WithContext(ctx).Preload("Items").First(&po, id).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, biz.ErrOrderNotFound
	}
	if err != nil {
		return nil, err
	}
	return po.toBiz(), nil
}

func (r *orderRepo) ListOrder(ctx context.Context, uid, pageNum, pageSize int64) ([]*biz.Order, error) {
	var pos []Order
	q := r.data.db.WithContext(ctx).Preload("Items").Order("id desc")
	if uid > 0 {
		q = q.Where("user_id = ?", uid)
	}
	if err := q.Offset(int(pageNum * pageSize)).Limit(int(pageSize)).Find(&pos).Error; err != nil {
		return nil, err
	}
	rv := make([]*biz.Order, 0, len(pos))
	for i := range pos {
		rv = append(rv, pos[i].toBiz())
	}
	return rv, nil
}

func (r *orderRepo) UpdateStatus(ctx context.Context, id int64, status string) error {
	return r.data.db.WithContext(ctx).Model(&Order{}).Where("id = ?", id).Update("status", status).Error
}

type orderEventPublisher struct {
	data *Data
}

func NewOrderEventPublisher(data *Data) biz.OrderEventPublisher {
	return &orderEventPublisher{data: data}
}

func (p *orderEventPublisher) OrderCreated(ctx context.Context, o *biz.Order) error {
	payload, err := proto.Marshal(&v1.OrderCreatedEvent{OrderId: o.Id, UserId: o.UserId, Total: o.Total, Currency: "EUR"})
	if err != nil {
		return err
	}
	return p.data.kw.WriteMessages(ctx, kafka.Message{
		Key:   []byte(strconv.FormatInt(o.Id, 10)),
		Value: payload,
	})
}
