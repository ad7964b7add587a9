package svc

import (
	"context"

	"nestaway/app/order/cmd/rpc/order"
	"nestaway/app/payment/cmd/api/internal/config"
	"nestaway/app/payment/cmd/rpc/payment"
	"nestaway/app/usercenter/cmd/rpc/usercenter"

	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/core/option"
	"github.com/wechatpay-apiv3/wechatpay-go/utils"
	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/zrpc"
)

type ServiceContext struct {
	Config config.Config

	// WxPayClient talks to api.mch.weixin.qq.com (WeChat Pay v3)
	WxPayClient *core.Client
	// AliPayClient *alipay.Client

	PaymentRpc    payment.Payment
	OrderRpc      order.Order
	UsercenterRpc usercenter.Usercenter
}

func NewServiceContext(c config.Config) *ServiceContext {
	return &ServiceContext{
		Config:      c,
		WxPayClient: mustNewWxPayClient(c.WxPayConf),
		// AliPayClient: alipay.New(c.AliPayConf.AppId, c.AliPayConf.PrivateKey, true),

		PaymentRpc:    payment.NewPayment(zrpc.MustNewClient(c.PaymentRpcConf)),
		OrderRpc:      order.NewOrder(zrpc.MustNewClient(c.OrderRpcConf)),
		UsercenterRpc: usercenter.NewUsercenter(zrpc.MustNewClient(c.UsercenterRpcConf)),
	}
}

func mustNewWxPayClient(c config.WxPayConf) *core.Client {
	mchPrivateKey, err := utils.LoadPrivateKeyWithPath(c.PrivateKeyPath)
	if err != nil {
		logx.Must(err)
	}
	client, err := core.NewClient(context.Background(),
		option.WithWechatPayAutoAuthCipher(c.MchId, c.SerialNo, mchPrivateKey, c.APIv3Key))
	logx.Must(err)
	return client
}
