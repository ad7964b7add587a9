package logic

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"nestaway/app/mqueue/cmd/job/jobtype"
	"nestaway/app/order/cmd/rpc/internal/svc"
	"nestaway/app/order/cmd/rpc/pb"
	"nestaway/app/order/model"
	"nestaway/app/travel/cmd/rpc/travel"
	"nestaway/common/uniqueid"
	"nestaway/common/xerr"

	"github.com/hibiken/asynq"
	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type CreateHomestayOrderLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewCreateHomestayOrderLogic(ctx context.Context, svcCtx *svc.ServiceContext) *CreateHomestayOrderLogic {
	return &CreateHomestayOrderLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

// CreateHomestayOrder snapshots the homestay (from travel-rpc), prices the stay, stores the order
// and schedules the "close if unpaid" task.
func (l *CreateHomestayOrderLogic) CreateHomestayOrder(in *pb.CreateHomestayOrderReq) (*pb.CreateHomestayOrderResp, error) {
	if in.LiveEndTime <= in.LiveStartTime {
		return nil, errors.Wrapf(xerr.NewErrMsg("stay must be at least one night"), "start:%d end:%d", in.LiveStartTime, in.LiveEndTime)
	}

	resp, err := l.svcCtx.TravelRpc.HomestayDetail(l.ctx, &travel.HomestayDetailReq{Id: in.HomestayId})
	if err != nil {
		return nil, errors.Wrapf(xerr.NewErrMsg("homestay lookup failed"), "TravelRpc.HomestayDetail id:%d err:%v", in.HomestayId, err)
	}
	if resp.Homestay == nil || resp.Homestay.Id == 0 || resp.Homestay.RowState != 1 {
		return nil, errors.Wrapf(xerr.NewErrMsg("homestay not bookable"), "id:%d", in.HomestayId)
	}

	var cover string
	if len(resp.Homestay.Banner) > 0 {
		cover = strings.Split(resp.Homestay.Banner, ",")[0]
	}

	order := new(model.HomestayOrder)
	order.Sn = uniqueid.GenSn(uniqueid.SN_PREFIX_HOMESTAY_ORDER)
	order.UserId = in.UserId
	order.HomestayId = in.HomestayId
	order.Title = resp.Homestay.Title
	order.SubTitle = resp.Homestay.SubTitle
	order.Cover = cover
	order.Info = resp.Homestay.Info
	order.PeopleNum = resp.Homestay.PeopleNum
	order.RowType = resp.Homestay.RowType
	order.HomestayPrice = resp.Homestay.HomestayPrice
	order.MarketHomestayPrice = resp.Homestay.MarketHomestayPrice
	order.HomestayBusinessId = resp.Homestay.HomestayBusinessId
	order.HomestayUserId = resp.Homestay.UserId
	order.LivePeopleNum = in.LivePeopleNum
	order.TradeState = model.HomestayOrderTradeStateWaitPay
	order.TradeCode = uniqueid.GenSn("")[17:]
	order.Remark = in.Remark
	order.FoodInfo = resp.Homestay.FoodInfo
	order.FoodPrice = resp.Homestay.FoodPrice
	order.LiveStartDate = time.Unix(in.LiveStartTime, 0)
	order.LiveEndDate = time.Unix(in.LiveEndTime, 0)

	nights := int64(order.LiveEndDate.Sub(order.LiveStartDate).Hours() / 24)
	order.HomestayTotalPrice = CalculateHomestayTotalPrice(order.HomestayPrice, nights, order.RowType, in.LivePeopleNum)
	if in.IsFood {
		order.NeedFood = 1
		order.FoodTotalPrice = order.FoodPrice * in.LivePeopleNum * nights
	}
	order.OrderTotalPrice = order.HomestayTotalPrice + order.FoodTotalPrice

	if _, err := l.svcCtx.HomestayOrderModel.Insert(l.ctx, nil, order); err != nil {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "Order Database Exception order : %+v , err: %v", order, err)
	}

	payload, _ := json.Marshal(jobtype.DeferCloseHomestayOrderPayload{Sn: order.Sn})
	_, err = l.svcCtx.AsynqClient.Enqueue(asynq.NewTask(jobtype.DeferCloseHomestayOrder, payload),
		asynq.ProcessIn(time.Duration(l.svcCtx.Config.CloseOrderTimeMinutes)*time.Minute))
	if err != nil {
		// the order is valid; the settle job sweeps stale unpaid orders as a fallback
		logx.WithContext(l.ctx).Errorf("create defer close order task err:%+v , sn:%s", err, order.Sn)
	}

	return &pb.CreateHomestayOrderResp{Sn: order.Sn}, nil
}

// CalculateHomestayTotalPrice prices per night (rowType 0) or per person per night (rowType 1), in fen.
func CalculateHomestayTotalPrice(price, nights, rowType, people int64) int64 {
	if nights <= 0 {
		nights = 1
	}
	if rowType == 1 {
		return price * nights * people
	}
	return price * nights
}
