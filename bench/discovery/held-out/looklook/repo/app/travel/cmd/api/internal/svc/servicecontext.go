package svc

import (
	"nestaway/app/travel/cmd/api/internal/config"
	"nestaway/app/travel/cmd/rpc/travel"
	"nestaway/app/travel/model"
	"nestaway/app/usercenter/cmd/rpc/usercenter"

	"github.com/zeromicro/go-zero/core/stores/sqlx"
	"github.com/zeromicro/go-zero/zrpc"
)

type ServiceContext struct {
	Config config.Config

	// rpc
	TravelRpc     travel.Travel
	UsercenterRpc usercenter.Usercenter

	// model
	HomestayModel         model.HomestayModel
	HomestayBusinessModel model.HomestayBusinessModel
}

func NewServiceContext(c config.Config) *ServiceContext {
	sqlConn := sqlx.NewMysql(c.DB.DataSource)

	return &ServiceContext{
		Config: c,

		TravelRpc:     travel.NewTravel(zrpc.MustNewClient(c.TravelRpcConf)),
		UsercenterRpc: usercenter.NewUsercenter(zrpc.MustNewClient(c.UsercenterRpcConf)),

		HomestayModel:         model.NewHomestayModel(sqlConn, c.Cache),
		HomestayBusinessModel: model.NewHomestayBusinessModel(sqlConn, c.Cache),
	}
}
