package logic

import (
	"context"

	"nestaway/app/mqueue/cmd/job/internal/svc"
	"nestaway/app/mqueue/cmd/job/jobtype"

	"github.com/hibiken/asynq"
)

type CronJob struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewCronJob(ctx context.Context, svcCtx *svc.ServiceContext) *CronJob {
	return &CronJob{ctx: ctx, svcCtx: svcCtx}
}

// Register wires asynq task types to handlers.
func (l *CronJob) Register() *asynq.ServeMux {
	mux := asynq.NewServeMux()

	// scheduled (mqueue-scheduler)
	mux.Handle(jobtype.ScheduleSettleRecord, NewSettleRecordHandler(l.svcCtx))

	// deferred (order-rpc)
	mux.Handle(jobtype.DeferCloseHomestayOrder, NewCloseHomestayOrderHandler(l.svcCtx))

	// queue
	mux.Handle(jobtype.MsgPaySuccessNotifyUser, NewPaySuccessNotifyUserHandler(l.svcCtx))

	return mux
}
