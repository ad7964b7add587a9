package orders

import (
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/orders/interfaces/private/intraprocess"
)

// IntraprocessService calls the orders module directly (monolith only).
type IntraprocessService struct {
	orders intraprocess.OrdersInterface
}

func NewIntraprocessService(orders intraprocess.OrdersInterface) IntraprocessService {
	return IntraprocessService{orders}
}

func (o IntraprocessService) MarkOrderAsPaid(orderID string) error {
	return o.orders.MarkOrderAsPaid(orderID)
}
