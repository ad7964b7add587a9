package logic

import (
	"context"

	"nestaway/app/payment/cmd/rpc/internal/svc"
	"nestaway/app/payment/cmd/rpc/pb"
	"nestaway/app/payment/model"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type GetPaymentBySnLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewGetPaymentBySnLogic(ctx context.Context, svcCtx *svc.ServiceContext) *GetPaymentBySnLogic {
	return &GetPaymentBySnLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

func (l *GetPaymentBySnLogic) GetPaymentBySn(in *pb.GetPaymentBySnReq) (*pb.GetPaymentBySnResp, error) {
	p, err := l.svcCtx.ThirdPaymentModel.FindOneBySn(l.ctx, in.Sn)
	if err != nil && err != model.ErrNotFound {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "GetPaymentBySn FindOneBySn err:%v sn:%s", err, in.Sn)
	}
	resp := &pb.GetPaymentBySnResp{}
	if p != nil {
		resp.PaymentDetail = toPb(p)
	}
	return resp, nil
}

type GetPaymentSuccessRefundByOrderSnLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewGetPaymentSuccessRefundByOrderSnLogic(ctx context.Context, svcCtx *svc.ServiceContext) *GetPaymentSuccessRefundByOrderSnLogic {
	return &GetPaymentSuccessRefundByOrderSnLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

func (l *GetPaymentSuccessRefundByOrderSnLogic) GetPaymentSuccessRefundByOrderSn(in *pb.GetPaymentSuccessRefundByOrderSnReq) (*pb.GetPaymentSuccessRefundByOrderSnResp, error) {
	p, err := l.svcCtx.ThirdPaymentModel.FindOneByOrderSnPayStatus(l.ctx, in.OrderSn,
		[]int64{model.ThirdPaymentPayTradeStateSuccess, model.ThirdPaymentPayTradeStateRefund})
	if err != nil && err != model.ErrNotFound {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "FindOneByOrderSnPayStatus err:%v orderSn:%s", err, in.OrderSn)
	}
	resp := &pb.GetPaymentSuccessRefundByOrderSnResp{}
	if p != nil {
		resp.PaymentDetail = toPb(p)
	}
	return resp, nil
}

func toPb(p *model.ThirdPayment) *pb.PaymentDetail {
	return &pb.PaymentDetail{
		Id: p.Id, Sn: p.Sn, UserId: p.UserId, PayMode: p.PayMode, TradeType: p.TradeType, TradeState: p.TradeState,
		PayTotal: p.PayTotal, TransactionId: p.TransactionId, TradeStateDesc: p.TradeStateDesc, OrderSn: p.OrderSn,
		ServiceType: p.ServiceType, PayStatus: p.PayStatus, PayTime: p.PayTime.Unix(),
		CreateTime: p.CreateTime.Unix(), UpdateTime: p.UpdateTime.Unix(),
	}
}
