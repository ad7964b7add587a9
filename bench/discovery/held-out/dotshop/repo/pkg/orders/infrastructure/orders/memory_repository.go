package orders

import (
	"sync"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/domain/orders"
)

type MemoryRepository struct {
	orders []orders.Order
	lock   *sync.RWMutex
}

func NewMemoryRepository() *MemoryRepository {
	return &MemoryRepository{[]orders.Order{}, &sync.RWMutex{}}
}

func (m *MemoryRepository) Save(orderToSave *orders.Order) error {
	m.lock.Lock()
	defer m.lock.Unlock()

	for i, o := range m.orders {
		if o.ID() == orderToSave.ID() {
			m.orders[i] = *orderToSave
			return nil
		}
	}

	m.orders = append(m.orders, *orderToSave)
	return nil
}

func (m MemoryRepository) ByID(id orders.ID) (*orders.Order, error) {
	m.lock.RLock()
	defer m.lock.RUnlock()

	for _, o := range m.orders {
		if o.ID() == id {
			order := o
			return &order, nil
		}
	}

	return nil, orders.ErrNotFound
}
