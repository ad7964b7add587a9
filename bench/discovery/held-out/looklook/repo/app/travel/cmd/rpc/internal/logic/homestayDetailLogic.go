package logic

import (
	"context"

	"nestaway/app/travel/cmd/rpc/internal/svc"
	"nestaway/app/travel/cmd/rpc/pb"
	"nestaway/app/travel/model"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type HomestayDetailLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
	logx.Logger
}

func NewHomestayDetailLogic(ctx context.Context, svcCtx *svc.ServiceContext) *HomestayDetailLogic {
	return &HomestayDetailLogic{ctx: ctx, svcCtx: svcCtx, Logger: logx.WithContext(ctx)}
}

func (l *HomestayDetailLogic) HomestayDetail(in *pb.HomestayDetailReq) (*pb.HomestayDetailResp, error) {
	homestay, err := l.svcCtx.HomestayModel.FindOne(l.ctx, in.Id)
	if err != nil && err != model.ErrNotFound {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "HomestayDetail db err , id : %d ", in.Id)
	}

	var pbHomestay *pb.Homestay
	if homestay != nil {
		pbHomestay = &pb.Homestay{
			Id:                  homestay.Id,
			Title:               homestay.Title,
			SubTitle:            homestay.SubTitle,
			Banner:              homestay.Banner,
			Info:                homestay.Info,
			PeopleNum:           homestay.PeopleNum,
			HomestayBusinessId:  homestay.HomestayBusinessId,
			UserId:              homestay.UserId,
			RowState:            homestay.RowState,
			RowType:             homestay.RowType,
			FoodInfo:            homestay.FoodInfo,
			FoodPrice:           homestay.FoodPrice,
			HomestayPrice:       homestay.HomestayPrice,
			MarketHomestayPrice: homestay.MarketHomestayPrice,
		}
	}
	return &pb.HomestayDetailResp{Homestay: pbHomestay}, nil
}
