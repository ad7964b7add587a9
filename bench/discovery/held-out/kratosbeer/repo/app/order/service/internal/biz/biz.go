package biz

import (
	"context"
	"errors"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"
)

// ProviderSet is biz providers.
var ProviderSet = wire.NewSet(NewOrderUseCase)

const (
	StatusPending   = "PENDING"
	StatusPaid      = "PAID"
	StatusCancelled = "CANCELLED"
)

var ErrOrderNotFound = errors.New("order not found")

type OrderItem struct {
	ItemId   int64
	Quantity int64
	Price    int64
}

type Order struct {
	Id        int64
	UserId    int64
	AddressId int64
	Items     []OrderItem
	Total     int64
	Status    string
}

type OrderRepo interface {
	CreateOrder(ctx context.Context, o *Order) (*Order, error)
	GetOrder(ctx context.Context, id int64) (*Order, error)
	ListOrder(ctx context.Context, uid, pageNum, pageSize int64) ([]*Order, error)
	UpdateStatus(ctx context.Context, id int64, status string) error
}

// CatalogRepo is the order service's view of the catalog (stock reservation).
type CatalogRepo interface {
	ReserveStock(ctx context.Context, orderID int64, items []OrderItem) error
}

// OrderEventPublisher emits order lifecycle events for downstream consumers (payment).
type OrderEventPublisher interface {
	OrderCreated(ctx context.Context, o *Order) error
}

type OrderUseCase struct {
	repo    OrderRepo
	catalog CatalogRepo
	events  OrderEventPublisher
	log     *log.Helper
}

func NewOrderUseCase(repo OrderRepo, catalog CatalogRepo, events OrderEventPublisher, logger log.Logger) *OrderUseCase {
	return &OrderUseCase{repo: repo, catalog: catalog, events: events, log: log.NewHelper(log.With(logger, "module", "usecase/order"))}
}

func (uc *OrderUseCase) Create(ctx context.Context, o *Order) (*Order, error) {
	var total int64
	for _, it := range o.Items {
		total += it.Price * it.Quantity
	}
	o.Total = total
	o.Status = StatusPending

	created, err := uc.repo.CreateOrder(ctx, o)
	if err != nil {
		return nil, err
	}
	if err := uc.catalog.ReserveStock(ctx, created.Id, created.Items); err != nil {
		_ = uc.repo.UpdateStatus(ctx, created.Id, StatusCancelled)
		return nil, err
	}
	if err := uc.events.OrderCreated(ctx, created); err != nil {
		// the payment service will never see this order; surface it so the BFF can retry
		uc.log.WithContext(ctx).Errorf("publish order.created for %d: %v", created.Id, err)
		return nil, err
	}
	return created, nil
}

func (uc *OrderUseCase) Get(ctx context.Context, id int64) (*Order, error) {
	return uc.repo.GetOrder(ctx, id)
}

func (uc *OrderUseCase) List(ctx context.Context, uid, pageNum, pageSize int64) ([]*Order, error) {
	return uc.repo.ListOrder(ctx, uid, pageNum, pageSize)
}

// OnPaymentSettled is invoked by the kafka consumer for hopstore.payment.settled.
func (uc *OrderUseCase) OnPaymentSettled(ctx context.Context, orderID int64, success bool) error {
	status := StatusPaid
	if !success {
		status = StatusCancelled
	}
	uc.log.WithContext(ctx).Infof("order %d -> %s", orderID, status)
	return uc.repo.UpdateStatus(ctx, orderID, status)
}
