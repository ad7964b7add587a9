package products

import (
	"sync"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/domain/products"
)

type MemoryRepository struct {
	products []products.Product
	lock     sync.RWMutex
}

func NewMemoryRepository() *MemoryRepository {
	return &MemoryRepository{products: []products.Product{}}
}

func (m *MemoryRepository) Save(productToSave *products.Product) error {
	m.lock.Lock()
	defer m.lock.Unlock()

	for i, p := range m.products {
		if p.ID() == productToSave.ID() {
			m.products[i] = *productToSave
			return nil
		}
	}

	m.products = append(m.products, *productToSave)
	return nil
}

func (m *MemoryRepository) ByID(id products.ID) (*products.Product, error) {
	m.lock.RLock()
	defer m.lock.RUnlock()

	for _, p := range m.products {
		if p.ID() == id {
			product := p
			return &product, nil
		}
	}

	return nil, products.ErrNotFound
}

func (m *MemoryRepository) AllProducts() ([]products.Product, error) {
	m.lock.RLock()
	defer m.lock.RUnlock()

	out := make([]products.Product, len(m.products))
	copy(out, m.products)
	return out, nil
}
