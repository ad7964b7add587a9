package main

type Order struct {
	OrderID    string   `json:"orderId" bson:"orderid"`
	CustomerID string   `json:"customerId" bson:"customerid"`
	Items      []Item   `json:"items" bson:"items"`
	Status     Status   `json:"status" bson:"status"`
}

type Status int

const (
	Pending Status = iota
	Processing
	Complete
)

type Item struct {
	Product  int     `json:"productId" bson:"productid"`
	Quantity int     `json:"quantity" bson:"quantity"`
	Price    float64 `json:"price" bson:"price"`
}

// OrderRepo abstracts the order store so we can run on MongoDB or Cosmos DB.
type OrderRepo interface {
	GetPendingOrders() ([]Order, error)
	GetOrder(id string) (Order, error)
	InsertOrders(orders []Order) error
	UpdateOrder(order Order) error
}
