package main

import (
	"context"
	"flag"
	"os"

	"nestaway/app/mqueue/cmd/scheduler/internal/config"
	"nestaway/app/mqueue/cmd/scheduler/internal/logic"
	"nestaway/app/mqueue/cmd/scheduler/internal/svc"

	"github.com/zeromicro/go-zero/core/conf"
	"github.com/zeromicro/go-zero/core/logx"
)

var configFile = flag.String("f", "etc/mqueue.yaml", "Specify the config file")

func main() {
	flag.Parse()
	var c config.Config
	conf.MustLoad(*configFile, &c)

	if err := c.SetUp(); err != nil {
		panic(err)
	}
	logx.DisableStat()

	svcContext := svc.NewServiceContext(c)
	ctx := context.Background()
	logic.NewCronScheduler(ctx, svcContext).Register()

	if err := svcContext.Scheduler.Run(); err != nil {
		logx.Errorf("!!!MqueueSchedulerErr!!!  run err:%+v", err)
		os.Exit(1)
	}
}
