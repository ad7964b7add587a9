package logic

import (
	"context"
	"fmt"

	"nestaway/app/mqueue/cmd/job/internal/svc"

	"github.com/hibiken/asynq"
	"github.com/zeromicro/go-zero/core/logx"
)

// SettleRecordHandler runs every minute (registered by mqueue-scheduler).
// Host payout settlement is not implemented yet; the task only logs a heartbeat so the schedule is visible in asynqmon.
type SettleRecordHandler struct {
	svcCtx *svc.ServiceContext
}

func NewSettleRecordHandler(svcCtx *svc.ServiceContext) *SettleRecordHandler {
	return &SettleRecordHandler{svcCtx: svcCtx}
}

func (l *SettleRecordHandler) ProcessTask(ctx context.Context, _ *asynq.Task) error {
	logx.WithContext(ctx).Infof("settle record tick")
	fmt.Printf("shcedule job -----> every one minute exec \n")
	return nil
}
