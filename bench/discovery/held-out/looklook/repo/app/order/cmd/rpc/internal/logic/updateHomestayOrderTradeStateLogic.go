package logic

import (
	"context"

	"nestaway/app/order/cmd/rpc/internal/svc"
	"nestaway/app/order/cmd/rpc/pb"
	"nestaway/app/order/model"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type UpdateHomestayOrderTradeStateLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewUpdateHomestayOrderTradeStateLogic(ctx context.Context, svcCtx *svc.ServiceContext) *UpdateHomestayOrderTradeStateLogic {
	return &UpdateHomestayOrderTradeStateLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

// UpdateHomestayOrderTradeState is called by mqueue-job (payment success / close unpaid order).
func (l *UpdateHomestayOrderTradeStateLogic) UpdateHomestayOrderTradeState(in *pb.UpdateHomestayOrderTradeStateReq) (*pb.UpdateHomestayOrderTradeStateResp, error) {
	order, err := l.svcCtx.HomestayOrderModel.FindOneBySn(l.ctx, in.Sn)
	if err != nil && err != model.ErrNotFound {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "FindOneBySn err : %v , sn : %s", err, in.Sn)
	}
	if order == nil {
		return nil, errors.Wrapf(xerr.NewErrMsg("order no exists"), "sn : %s", in.Sn)
	}
	if order.TradeState == in.TradeState {
		return &pb.UpdateHomestayOrderTradeStateResp{}, nil
	}
	if err := verifyOrderTradeState(in.TradeState, order.TradeState); err != nil {
		return nil, errors.WithMessagef(err, " , in : %+v", in)
	}

	pre := order.TradeState
	order.TradeState = in.TradeState
	if err := l.svcCtx.HomestayOrderModel.UpdateWithVersion(l.ctx, nil, order); err != nil {
		return nil, errors.Wrapf(xerr.NewErrMsg("update trade state fail"), "UpdateWithVersion err:%v , pre:%d , in:%+v", err, pre, in)
	}

	return &pb.UpdateHomestayOrderTradeStateResp{
		Id: order.Id, UserId: order.UserId, Sn: order.Sn, TradeCode: order.TradeCode,
		LiveStartDate: order.LiveStartDate.Unix(), LiveEndDate: order.LiveEndDate.Unix(),
		OrderTotalPrice: order.OrderTotalPrice, Title: order.Title,
	}, nil
}

func verifyOrderTradeState(newTradeState, oldTradeState int64) error {
	if newTradeState == model.HomestayOrderTradeStateWaitPay {
		return errors.Wrapf(xerr.NewErrMsg("cannot move an order back to wait-pay"), "")
	}
	if newTradeState == model.HomestayOrderTradeStateCancel && oldTradeState != model.HomestayOrderTradeStateWaitPay {
		return errors.Wrapf(xerr.NewErrMsg("only unpaid orders can be cancelled"), "")
	}
	if newTradeState == model.HomestayOrderTradeStateWaitUse && oldTradeState != model.HomestayOrderTradeStateWaitPay {
		return errors.Wrapf(xerr.NewErrMsg("only unpaid orders can be paid"), "")
	}
	return nil
}
