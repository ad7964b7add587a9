package logic

import (
	"context"
	"encoding/json"

	"nestaway/app/mqueue/cmd/job/internal/svc"
	"nestaway/app/mqueue/cmd/job/jobtype"
	"nestaway/app/order/cmd/rpc/order"
	"nestaway/common/xerr"

	"github.com/hibiken/asynq"
	"github.com/pkg/errors"
)

var ErrCloseOrderFail = xerr.NewErrMsg("close order fail")

// CloseHomestayOrderHandler closes orders still unpaid after CloseOrderTimeMinutes.
type CloseHomestayOrderHandler struct {
	svcCtx *svc.ServiceContext
}

func NewCloseHomestayOrderHandler(svcCtx *svc.ServiceContext) *CloseHomestayOrderHandler {
	return &CloseHomestayOrderHandler{svcCtx: svcCtx}
}

func (l *CloseHomestayOrderHandler) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p jobtype.DeferCloseHomestayOrderPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return errors.Wrapf(ErrCloseOrderFail, "closeHomestayOrderStateMqHandler payload err:%v, payLoad:%+v", err, t.Payload())
	}

	resp, err := l.svcCtx.OrderRpc.HomestayOrderDetail(ctx, &order.HomestayOrderDetailReq{Sn: p.Sn})
	if err != nil || resp.HomestayOrder == nil {
		return errors.Wrapf(ErrCloseOrderFail, "closeHomestayOrderStateMqHandler get order fail or order no exists err:%v, sn:%s ,HomestayOrder : %+v", err, p.Sn, resp)
	}

	if resp.HomestayOrder.TradeState == order.HomestayOrderTradeStateWaitPay {
		_, err := l.svcCtx.OrderRpc.UpdateHomestayOrderTradeState(ctx, &order.UpdateHomestayOrderTradeStateReq{
			Sn:         p.Sn,
			TradeState: order.HomestayOrderTradeStateCancel,
		})
		if err != nil {
			return errors.Wrapf(ErrCloseOrderFail, "CloseHomestayOrderHandler close order fail  err:%v, sn:%s ", err, p.Sn)
		}
	}
	return nil
}
