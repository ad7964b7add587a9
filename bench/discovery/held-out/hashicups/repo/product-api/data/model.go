package data

// Coffee is a drink on the menu.
type Coffee struct {
	ID          int     `db:"id" json:"id"`
	Name        string  `db:"name" json:"name"`
	Teaser      string  `db:"teaser" json:"teaser"`
	Description string  `db:"description" json:"description"`
	Price       float64 `db:"price" json:"price"`
	Image       string  `db:"image" json:"image"`
}

// CoffeeIngredient is one ingredient in a drink.
type CoffeeIngredient struct {
	IngredientID int    `db:"ingredient_id" json:"ingredient_id"`
	Name         string `db:"name" json:"name"`
	Quantity     int    `db:"quantity" json:"quantity"`
	Unit         string `db:"unit" json:"unit"`
}

// Store is what the handlers need; Postgres in production, a map in tests.
type Store interface {
	Coffees() ([]Coffee, error)
	Coffee(id int) (*Coffee, error)
	Ingredients(coffeeID int) ([]CoffeeIngredient, error)
	IsConnected() error
}
