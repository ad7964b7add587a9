package main

import (
	"context"
	"flag"
	"fmt"

	"nestaway/app/mqueue/cmd/job/internal/config"
	"nestaway/app/mqueue/cmd/job/internal/logic"
	"nestaway/app/mqueue/cmd/job/internal/mqs"
	"nestaway/app/mqueue/cmd/job/internal/svc"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/core/service"
)

var configFile = flag.String("f", "etc/mqueue.yaml", "Specify the config file")

// asynqService adapts the asynq worker to go-zero's service.Service.
type asynqService struct {
	svcCtx *svc.ServiceContext
	ctx    context.Context
}

func (s asynqService) Start() {
	mux := logic.NewCronJob(s.ctx, s.svcCtx).Register()
	if err := s.svcCtx.AsynqServer.Run(mux); err != nil {
		logx.WithContext(s.ctx).Errorf("!!!MqueueJobErr!!! run err:%+v", err)
	}
}

func (s asynqService) Stop() {
	s.svcCtx.AsynqServer.Shutdown()
}

func main() {
	flag.Parse()
	var c config.Config
	conf.MustLoad(*configFile, &c)

	if err := c.SetUp(); err != nil { // log, prometheus, telemetry
		panic(err)
	}
	ctx := context.Background()
	svcContext := svc.NewServiceContext(c)

	serviceGroup := service.NewServiceGroup()
	defer serviceGroup.Stop()

	serviceGroup.Add(asynqService{svcCtx: svcContext, ctx: ctx})
	for _, mq := range mqs.Consumers(c, ctx, svcContext) {
		serviceGroup.Add(mq)
	}

	fmt.Println("Starting mqueue-job ...")
	serviceGroup.Start()
}
