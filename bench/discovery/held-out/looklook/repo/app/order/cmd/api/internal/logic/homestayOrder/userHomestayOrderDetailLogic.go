package homestayOrder

import (
	"context"

	"nestaway/app/order/cmd/api/internal/svc"
	"nestaway/app/order/cmd/api/internal/types"
	"nestaway/app/order/cmd/rpc/order"
	"nestaway/app/payment/cmd/rpc/payment"
	"nestaway/common/ctxdata"
	"nestaway/common/tool"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type UserHomestayOrderDetailLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewUserHomestayOrderDetailLogic(ctx context.Context, svcCtx *svc.ServiceContext) *UserHomestayOrderDetailLogic {
	return &UserHomestayOrderDetailLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func (l *UserHomestayOrderDetailLogic) UserHomestayOrderDetail(req *types.UserHomestayOrderDetailReq) (*types.UserHomestayOrderDetailResp, error) {
	userId := ctxdata.GetUidFromCtx(l.ctx)

	resp, err := l.svcCtx.OrderRpc.HomestayOrderDetail(l.ctx, &order.HomestayOrderDetailReq{Sn: req.Sn})
	if err != nil {
		return nil, errors.Wrapf(xerr.NewErrMsg("get order detail fail"), "rpc HomestayOrderDetail sn:%s err:%v", req.Sn, err)
	}
	o := resp.HomestayOrder
	if o == nil || o.UserId != userId {
		return nil, errors.Wrapf(xerr.NewErrMsg("order not found"), "sn:%s userId:%d", req.Sn, userId)
	}

	out := &types.UserHomestayOrderDetailResp{
		Sn: o.Sn, Title: o.Title, Cover: o.Cover, TradeState: o.TradeState,
		LiveStartDate: o.LiveStartDate, LiveEndDate: o.LiveEndDate, LivePeopleNum: o.LivePeopleNum,
		OrderTotalPrice: tool.Fen2Yuan(o.OrderTotalPrice),
	}
	// the check-in code is only shown once paid
	if o.TradeState == order.HomestayOrderTradeStateWaitUse {
		out.TradeCode = o.TradeCode
	}
	// pay info comes from payment-rpc
	if o.TradeState != order.HomestayOrderTradeStateWaitPay && o.TradeState != order.HomestayOrderTradeStateCancel {
		payResp, err := l.svcCtx.PaymentRpc.GetPaymentSuccessRefundByOrderSn(l.ctx, &payment.GetPaymentSuccessRefundByOrderSnReq{OrderSn: o.Sn})
		if err != nil {
			logx.WithContext(l.ctx).Errorf("GetPaymentSuccessRefundByOrderSn err:%v sn:%s", err, o.Sn)
		} else if payResp.PaymentDetail != nil {
			out.PayTime = payResp.PaymentDetail.PayTime
			out.PayType = payResp.PaymentDetail.PayMode
		}
	}
	return out, nil
}
