package orders_test

import (
	"context"
	"sync"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/brewline-labs/brewline/internal/counter/domain"
	"github.com/brewline-labs/brewline/internal/counter/usecases/orders"
	"github.com/brewline-labs/brewline/proto/gen"
)

type fakeRepo struct {
	mu     sync.Mutex
	orders []*domain.Order
}

func (f *fakeRepo) GetAll(context.Context) ([]*domain.Order, error) { return f.orders, nil }

func (f *fakeRepo) GetByID(_ context.Context, id uuid.UUID) (*domain.Order, error) {
	for _, o := range f.orders {
		if o.ID == id {
			return o, nil
		}
	}

	return nil, nil
}

func (f *fakeRepo) Create(_ context.Context, o *domain.Order) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.orders = append(f.orders, o)

	return nil
}

func (f *fakeRepo) Update(_ context.Context, o *domain.Order) (*domain.Order, error) { return o, nil }

type fakeProducts struct{}

func (fakeProducts) GetItemsByType(_ context.Context, m *domain.PlaceOrderModel, isBarista bool) ([]*domain.ItemModel, error) {
	src := m.KitchenItems
	if isBarista {
		src = m.BaristaItems
	}

	out := make([]*domain.ItemModel, 0, len(src))
	for _, it := range src {
		out = append(out, &domain.ItemModel{ItemType: int(it.ItemType), Price: 4.5})
	}

	return out, nil
}

type recordingPublisher struct {
	bodies [][]byte
}

func (r *recordingPublisher) Publish(_ context.Context, body []byte, _ string) error {
	r.bodies = append(r.bodies, body)

	return nil
}

func TestPlaceOrderPublishesPerLineItem(t *testing.T) {
	repo := &fakeRepo{}
	barista := &recordingPublisher{}
	kitchen := &recordingPublisher{}

	uc := orders.NewUseCase(repo, fakeProducts{}, barista, kitchen)

	err := uc.PlaceOrder(context.Background(), &domain.PlaceOrderModel{
		CommandType:     gen.CommandType_PLACE_ORDER,
		OrderSource:     gen.OrderSource_WEB,
		Location:        gen.Location_RALEIGH,
		LoyaltyMemberID: uuid.New(),
		BaristaItems:    []*gen.CommandItem{{ItemType: 0}, {ItemType: 5}},
		KitchenItems:    []*gen.CommandItem{{ItemType: 9}},
	})
	require.NoError(t, err)

	assert.Len(t, repo.orders, 1)
	assert.Len(t, repo.orders[0].LineItems, 3)
	assert.Len(t, barista.bodies, 2)
	assert.Len(t, kitchen.bodies, 1)
}
