package logic

import (
	"context"

	"nestaway/app/mqueue/cmd/job/jobtype"
	"nestaway/app/mqueue/cmd/scheduler/internal/svc"

	"github.com/hibiken/asynq"
	"github.com/zeromicro/go-zero/core/logx"
)

type MqueueScheduler struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewCronScheduler(ctx context.Context, svcCtx *svc.ServiceContext) *MqueueScheduler {
	return &MqueueScheduler{ctx: ctx, svcCtx: svcCtx}
}

// Register adds all periodic tasks; they are executed by mqueue-job.
func (l *MqueueScheduler) Register() {
	task := asynq.NewTask(jobtype.ScheduleSettleRecord, nil)
	entryID, err := l.svcCtx.Scheduler.Register(l.svcCtx.Config.SettleRecordCron, task)
	if err != nil {
		logx.WithContext(l.ctx).Errorf("!!!MqueueSchedulerErr!!! ====> 【settleRecordScheduler】 registered  err:%+v , task:%+v", err, task)
		return
	}
	logx.Infof("【settleRecordScheduler】 registered an entry: %q", entryID)
}
