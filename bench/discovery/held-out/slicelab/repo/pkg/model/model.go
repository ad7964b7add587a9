package model

type Ingredient struct {
	ID                 int64   `bun:",pk,autoincrement" json:"id"`
	Name               string  `json:"name"`
	CaloriesPerSlice   int     `json:"caloriesPerSlice"`
	Vegetarian         bool    `json:"vegetarian"`
	Type               string  `json:"type"`
}

type Dough struct {
	ID               int64  `bun:",pk,autoincrement" json:"id"`
	Name             string `json:"name"`
	CaloriesPerSlice int    `json:"caloriesPerSlice"`
}

type Pizza struct {
	ID          int64        `bun:",pk,autoincrement" json:"id"`
	Name        string       `json:"name"`
	Dough       Dough        `bun:"rel:belongs-to" json:"dough"`
	DoughID     int64        `json:"-"`
	Ingredients []Ingredient `bun:"m2m:pizza_to_ingredients" json:"ingredients"`
	Tool        string       `json:"tool"`
}

type Restrictions struct {
	MaxCaloriesPerSlice int      `json:"maxCaloriesPerSlice"`
	MustBeVegetarian    bool     `json:"mustBeVegetarian"`
	ExcludedIngredients []string `json:"excludedIngredients"`
	ExcludedTools       []string `json:"excludedTools"`
	MaxNumberOfToppings int      `json:"maxNumberOfToppings"`
	MinNumberOfToppings int      `json:"minNumberOfToppings"`
}

type Quote struct {
	ID   int64  `bun:",pk,autoincrement" json:"id"`
	Text string `json:"text"`
}

type User struct {
	ID       int64  `bun:",pk,autoincrement" json:"id"`
	Username string `bun:",unique" json:"username"`
	Token    string `json:"-"`
	Password []byte `json:"-"`
}

type Rating struct {
	ID     int64 `bun:",pk,autoincrement" json:"id"`
	Stars  int   `json:"stars"`
	PizzaID int64 `json:"pizza_id"`
	UserID int64 `json:"-"`
}
