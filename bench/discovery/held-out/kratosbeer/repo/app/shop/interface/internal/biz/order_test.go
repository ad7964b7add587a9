package biz

import (
	"context"
	"testing"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type fakeCart struct{ items []CartItem; cleared bool }

func (f *fakeCart) GetCart(context.Context, int64) ([]CartItem, error) { return f.items, nil }
func (f *fakeCart) AddItem(_ context.Context, _, id, q int64) ([]CartItem, error) {
	f.items = append(f.items, CartItem{ItemId: id, Quantity: q})
	return f.items, nil
}
func (f *fakeCart) DeleteCart(context.Context, int64) error { f.cleared = true; return nil }

type fakeCatalog struct{}

func (fakeCatalog) ListBeer(context.Context, int64, int64) ([]*Beer, error) { return nil, nil }
func (fakeCatalog) GetBeer(_ context.Context, id int64) (*Beer, error) {
	return &Beer{Id: id, Price: 500}, nil
}

type fakeOrders struct{ got []OrderLine }

func (f *fakeOrders) CreateOrder(_ context.Context, _, _ int64, lines []OrderLine) (*Order, error) {
	f.got = lines
	var total int64
	for _, l := range lines {
		total += l.Price * l.Quantity
	}
	return &Order{Id: 7, Total: total, Status: "PENDING"}, nil
}
func (f *fakeOrders) ListOrder(context.Context, int64, int64, int64) ([]*Order, error) { return nil, nil }

type fakePayment struct{}

func (fakePayment) Confirm(context.Context, int64, string) (string, string, error) {
	return "SUCCEEDED", "", nil
}

func TestCheckout(t *testing.T) {
	cart := &fakeCart{items: []CartItem{{ItemId: 1, Quantity: 2}, {ItemId: 2, Quantity: 1}}}
	orders := &fakeOrders{}
	uc := NewOrderUseCase(cart, fakeCatalog{}, orders, fakePayment{}, log.DefaultLogger)

	o, err := uc.Checkout(context.Background(), 99, 1)
	require.NoError(t, err)
	assert.Equal(t, int64(1500), o.Total)
	assert.Len(t, orders.got, 2)
	assert.True(t, cart.cleared)
}

func TestCheckoutEmptyCart(t *testing.T) {
	uc := NewOrderUseCase(&fakeCart{}, fakeCatalog{}, &fakeOrders{}, fakePayment{}, log.DefaultLogger)
	_, err := uc.Checkout(context.Background(), 1, 1)
	assert.ErrorIs(t, err, ErrEmptyCart)
}
