package mqs

import (
	"context"

	"nestaway/app/mqueue/cmd/job/internal/config"
	kqMq "nestaway/app/mqueue/cmd/job/internal/mqs/kq"
	"nestaway/app/mqueue/cmd/job/internal/svc"

	"github.com/zeromicro/go-queue/kq"
	"github.com/zeromicro/go-zero/core/service"
)

// Consumers returns the kafka consumers run next to the asynq worker.
func Consumers(c config.Config, ctx context.Context, svcContext *svc.ServiceContext) []service.Service {
	return []service.Service{
		// listen for payment status changes
		kq.MustNewQueue(c.PaymentUpdateStatusConf, kqMq.NewPaymentUpdateStatusMq(ctx, svcContext)),
		// ....
	}
}
