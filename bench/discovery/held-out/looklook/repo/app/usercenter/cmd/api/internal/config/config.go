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
	WxMiniConf        WxMiniConf
	UsercenterRpcConf zrpc.RpcClientConf
}

type WxMiniConf struct {
	AppId  string
	Secret string
}
