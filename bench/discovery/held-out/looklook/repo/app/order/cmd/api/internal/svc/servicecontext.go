package svc

import (
	"nestaway/app/order/cmd/api/internal/config"
	"nestaway/app/order/cmd/rpc/order"
	"nestaway/app/payment/cmd/rpc/payment"

	"github.com/zeromicro/go-zero/zrpc"
)

type ServiceContext struct {
	Config     config.Config
	OrderRpc   order.Order
	PaymentRpc payment.Payment
}

func NewServiceContext(c config.Config) *ServiceContext {
	return &ServiceContext{
		Config:     c,
		OrderRpc:   order.NewOrder(zrpc.MustNewClient(c.OrderRpcConf)),
		PaymentRpc: payment.NewPayment(zrpc.MustNewClient(c.PaymentRpcConf)),
	}
}
