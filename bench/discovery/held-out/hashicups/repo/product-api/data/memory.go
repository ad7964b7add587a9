package data

// MemoryStore is an in-memory Store used by tests.
type MemoryStore struct {
	Items       []Coffee
	Ingredient  map[int][]CoffeeIngredient
	Unavailable bool
}

func (m *MemoryStore) IsConnected() error {
	if m.Unavailable {
		return ErrNotFound
	}
	return nil
}

func (m *MemoryStore) Coffees() ([]Coffee, error) { return m.Items, nil }

func (m *MemoryStore) Coffee(id int) (*Coffee, error) {
	for _, c := range m.Items {
		if c.ID == id {
			c := c
			return &c, nil
		}
	}
	return nil, ErrNotFound
}

func (m *MemoryStore) Ingredients(id int) ([]CoffeeIngredient, error) {
	return m.Ingredient[id], nil
}
