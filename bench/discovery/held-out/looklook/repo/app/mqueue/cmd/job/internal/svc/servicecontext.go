package svc

import (
	"nestaway/app/mqueue/cmd/job/internal/config"
	"nestaway/app/order/cmd/rpc/order"
	"nestaway/app/usercenter/cmd/rpc/usercenter"

	"github.com/hibiken/asynq"
	"github.com/silenceper/wechat/v2"
	"github.com/silenceper/wechat/v2/cache"
	"github.com/silenceper/wechat/v2/miniprogram"
	miniConfig "github.com/silenceper/wechat/v2/miniprogram/config"
	"github.com/zeromicro/go-zero/zrpc"
)

type ServiceContext struct {
	Config config.Config

	AsynqServer *asynq.Server
	MiniProgram *miniprogram.MiniProgram

	OrderRpc      order.Order
	UsercenterRpc usercenter.Usercenter
}

func NewServiceContext(c config.Config) *ServiceContext {
	return &ServiceContext{
		Config:      c,
		AsynqServer: newAsynqServer(c),
		MiniProgram: wechat.NewWechat().GetMiniProgram(&miniConfig.Config{
			AppID:     c.WxMiniConf.AppId,
			AppSecret: c.WxMiniConf.Secret,
			Cache:     cache.NewMemory(),
		}),

		OrderRpc:      order.NewOrder(zrpc.MustNewClient(c.OrderRpcConf)),
		UsercenterRpc: usercenter.NewUsercenter(zrpc.MustNewClient(c.UsercenterRpcConf)),
	}
}

func newAsynqServer(c config.Config) *asynq.Server {
	return asynq.NewServer(
		asynq.RedisClientOpt{Addr: c.Redis.Host, Password: c.Redis.Pass},
		asynq.Config{
			IsFailure: func(err error) bool {
				return err != nil
			},
			Concurrency: c.AsynqConcurrency,
		},
	)
}
