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

type HomestayOrderDetailLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewHomestayOrderDetailLogic(ctx context.Context, svcCtx *svc.ServiceContext) *HomestayOrderDetailLogic {
	return &HomestayOrderDetailLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

func (l *HomestayOrderDetailLogic) HomestayOrderDetail(in *pb.HomestayOrderDetailReq) (*pb.HomestayOrderDetailResp, error) {
	order, err := l.svcCtx.HomestayOrderModel.FindOneBySn(l.ctx, in.Sn)
	if err != nil && err != model.ErrNotFound {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "FindOneBySn db err : %v , sn : %s", err, in.Sn)
	}
	var resp *pb.HomestayOrder
	if order != nil {
		resp = toPb(order)
	}
	return &pb.HomestayOrderDetailResp{HomestayOrder: resp}, nil
}

type UserHomestayOrderListLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewUserHomestayOrderListLogic(ctx context.Context, svcCtx *svc.ServiceContext) *UserHomestayOrderListLogic {
	return &UserHomestayOrderListLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

func (l *UserHomestayOrderListLogic) UserHomestayOrderList(in *pb.UserHomestayOrderListReq) (*pb.UserHomestayOrderListResp, error) {
	list, err := l.svcCtx.HomestayOrderModel.FindListByUser(l.ctx, in.UserId, in.TraderState, in.LastId, in.PageSize)
	if err != nil {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "FindListByUser err:%v in:%+v", err, in)
	}
	resp := &pb.UserHomestayOrderListResp{}
	for _, o := range list {
		resp.List = append(resp.List, toPb(o))
	}
	return resp, nil
}

func toPb(o *model.HomestayOrder) *pb.HomestayOrder {
	return &pb.HomestayOrder{
		Id: o.Id, CreateTime: o.CreateTime.Unix(), Sn: o.Sn, UserId: o.UserId, HomestayId: o.HomestayId,
		Title: o.Title, SubTitle: o.SubTitle, Cover: o.Cover, Info: o.Info, PeopleNum: o.PeopleNum, RowType: o.RowType,
		FoodInfo: o.FoodInfo, FoodPrice: o.FoodPrice, HomestayPrice: o.HomestayPrice, MarketHomestayPrice: o.MarketHomestayPrice,
		HomestayBusinessId: o.HomestayBusinessId, HomestayUserId: o.HomestayUserId,
		LiveStartDate: o.LiveStartDate.Unix(), LiveEndDate: o.LiveEndDate.Unix(), LivePeopleNum: o.LivePeopleNum,
		TradeState: o.TradeState, TradeCode: o.TradeCode, Remark: o.Remark, OrderTotalPrice: o.OrderTotalPrice,
		FoodTotalPrice: o.FoodTotalPrice, HomestayTotalPrice: o.HomestayTotalPrice,
	}
}
