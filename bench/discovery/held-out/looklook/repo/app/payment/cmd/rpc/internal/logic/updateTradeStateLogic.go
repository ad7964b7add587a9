package logic

import (
	"context"
	"encoding/json"
	"time"

	"nestaway/app/payment/cmd/rpc/internal/svc"
	"nestaway/app/payment/cmd/rpc/pb"
	"nestaway/app/payment/model"
	"nestaway/common/kqueue"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type UpdateTradeStateLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewUpdateTradeStateLogic(ctx context.Context, svcCtx *svc.ServiceContext) *UpdateTradeStateLogic {
	return &UpdateTradeStateLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

// UpdateTradeState stores the WeChat Pay result and publishes it to payment-update-paystatus-topic.
func (l *UpdateTradeStateLogic) UpdateTradeState(in *pb.UpdateTradeStateReq) (*pb.UpdateTradeStateResp, error) {
	thirdPayment, err := l.svcCtx.ThirdPaymentModel.FindOneBySn(l.ctx, in.Sn)
	if err != nil && err != model.ErrNotFound {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "UpdateTradeState FindOneBySn db err , sn : %s , err : %+v", in.Sn, err)
	}
	if thirdPayment == nil {
		return nil, errors.Wrapf(xerr.NewErrMsg("third payment record no exists"), " sn : %s", in.Sn)
	}

	if in.PayStatus == model.ThirdPaymentPayTradeStateSuccess || in.PayStatus == model.ThirdPaymentPayTradeStateFAIL {
		if thirdPayment.PayStatus != model.ThirdPaymentPayTradeStateWait {
			return &pb.UpdateTradeStateResp{}, nil // already processed, WeChat retries notifications
		}
	} else if in.PayStatus == model.ThirdPaymentPayTradeStateRefund {
		if thirdPayment.PayStatus != model.ThirdPaymentPayTradeStateSuccess {
			return nil, errors.Wrapf(xerr.NewErrMsg("only paid orders can be refunded"), "in : %+v", in)
		}
	} else {
		return nil, errors.Wrapf(xerr.NewErrMsg("unsupported pay status"), "in : %+v", in)
	}

	thirdPayment.TradeState = in.TradeState
	thirdPayment.TransactionId = in.TransactionId
	thirdPayment.TradeType = in.TradeType
	thirdPayment.TradeStateDesc = in.TradeStateDesc
	thirdPayment.PayStatus = in.PayStatus
	thirdPayment.PayTime = time.Unix(in.PayTime, 0)
	if err := l.svcCtx.ThirdPaymentModel.UpdateWithVersion(l.ctx, thirdPayment); err != nil {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "UpdateWithVersion err:%v in:%+v", err, in)
	}

	if err := l.pubKqPaySuccess(in.Sn, thirdPayment.OrderSn, in.PayStatus); err != nil {
		logx.WithContext(l.ctx).Errorf("l.pubKqPaySuccess : %+v", err)
	}
	return &pb.UpdateTradeStateResp{}, nil
}

func (l *UpdateTradeStateLogic) pubKqPaySuccess(paySn, orderSn string, payStatus int64) error {
	m := kqueue.ThirdPaymentUpdatePayStatusNotifyMessage{OrderSn: orderSn, PayStatus: payStatus}
	body, err := json.Marshal(m)
	if err != nil {
		return errors.Wrapf(xerr.NewErrMsg("kq marshal err"), "paySn:%s err:%v", paySn, err)
	}
	return l.svcCtx.KqueuePaymentStatusClient.Push(string(body))
}
