package svc

import (
	"nestaway/app/payment/cmd/rpc/internal/config"
	"nestaway/app/payment/model"

	"github.com/zeromicro/go-queue/kq"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

type ServiceContext struct {
	Config config.Config

	KqueuePaymentStatusClient *kq.Pusher

	ThirdPaymentModel model.ThirdPaymentModel
}

func NewServiceContext(c config.Config) *ServiceContext {
	return &ServiceContext{
		Config:                    c,
		KqueuePaymentStatusClient: kq.NewPusher(c.KqPusherConf.Brokers, c.KqPusherConf.Topic),
		ThirdPaymentModel:         model.NewThirdPaymentModel(sqlx.NewMysql(c.DB.DataSource), c.Cache),
	}
}
