package config

import (
	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/zrpc"
)

type Config struct {
	rest.RestConf
	JwtAuth struct {
		AccessSecret string
	}
	WxMiniConf WxMiniConf
	WxPayConf  WxPayConf

	PaymentRpcConf    zrpc.RpcClientConf
	OrderRpcConf      zrpc.RpcClientConf
	UsercenterRpcConf zrpc.RpcClientConf
}

type WxMiniConf struct {
	AppId  string
	Secret string
}

type WxPayConf struct {
	MchId          string
	SerialNo       string
	APIv3Key       string
	PrivateKeyPath string
	NotifyUrl      string
}
