package kq

import (
	"context"
	"encoding/json"

	"nestaway/app/mqueue/cmd/job/internal/logic"
	"nestaway/app/mqueue/cmd/job/internal/svc"
	"nestaway/app/mqueue/cmd/job/jobtype"
	"nestaway/app/order/cmd/rpc/order"
	"nestaway/app/payment/model"
	"nestaway/common/kqueue"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

// PaymentUpdateStatusMq consumes payment-update-paystatus-topic.
type PaymentUpdateStatusMq struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewPaymentUpdateStatusMq(ctx context.Context, svcCtx *svc.ServiceContext) *PaymentUpdateStatusMq {
	return &PaymentUpdateStatusMq{ctx: ctx, svcCtx: svcCtx}
}

func (l *PaymentUpdateStatusMq) Consume(_, val string) error {
	var message kqueue.ThirdPaymentUpdatePayStatusNotifyMessage
	if err := json.Unmarshal([]byte(val), &message); err != nil {
		logx.WithContext(l.ctx).Error("PaymentUpdateStatusMq->Consume Unmarshal err : %v , val : %s", err, val)
		return err
	}
	if err := l.execService(message); err != nil {
		logx.WithContext(l.ctx).Error("PaymentUpdateStatusMq->execService  err : %v , val : %s , message:%+v", err, val, message)
		return err
	}
	return nil
}

func (l *PaymentUpdateStatusMq) execService(message kqueue.ThirdPaymentUpdatePayStatusNotifyMessage) error {
	orderTradeState := l.getOrderTradeStateByPaymentTradeState(message.PayStatus)
	if orderTradeState == -99 {
		return nil
	}

	resp, err := l.svcCtx.OrderRpc.UpdateHomestayOrderTradeState(l.ctx, &order.UpdateHomestayOrderTradeStateReq{
		Sn:         message.OrderSn,
		TradeState: orderTradeState,
	})
	if err != nil {
		return errors.Wrapf(xerr.NewErrMsg("update homestay order state fail"), "err : %v ,message:%+v", err, message)
	}

	if orderTradeState == order.HomestayOrderTradeStateWaitUse {
		var p jobtype.PaySuccessNotifyUserPayload
		p.Order.Sn, p.Order.UserId, p.Order.Title = resp.Sn, resp.UserId, resp.Title
		p.Order.TradeCode, p.Order.OrderTotalPrice = resp.TradeCode, resp.OrderTotalPrice
		p.Order.LiveStartDate, p.Order.LiveEndDate = resp.LiveStartDate, resp.LiveEndDate
		if err := logic.NotifyUserPaySuccess(l.ctx, l.svcCtx, p); err != nil {
			// notification is best effort; the order is already paid
			logx.WithContext(l.ctx).Errorf("NotifyUserPaySuccess err:%v sn:%s", err, resp.Sn)
		}
	}
	return nil
}

func (l *PaymentUpdateStatusMq) getOrderTradeStateByPaymentTradeState(thirdPaymentPayStatus int64) int64 {
	switch thirdPaymentPayStatus {
	case model.ThirdPaymentPayTradeStateSuccess:
		return order.HomestayOrderTradeStateWaitUse
	case model.ThirdPaymentPayTradeStateRefund:
		return order.HomestayOrderTradeStateRefund
	default:
		return -99
	}
}
