package homestay

import (
	"context"

	"nestaway/app/travel/cmd/api/internal/svc"
	"nestaway/app/travel/cmd/api/internal/types"
	"nestaway/app/travel/cmd/rpc/pb"
	"nestaway/common/tool"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type HomestayDetailLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewHomestayDetailLogic(ctx context.Context, svcCtx *svc.ServiceContext) *HomestayDetailLogic {
	return &HomestayDetailLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// HomestayDetail goes through travel-rpc (shared with order-rpc) so pricing rules live in one place.
func (l *HomestayDetailLogic) HomestayDetail(req *types.HomestayDetailReq) (*types.HomestayDetailResp, error) {
	homestayResp, err := l.svcCtx.TravelRpc.HomestayDetail(l.ctx, &pb.HomestayDetailReq{Id: req.Id})
	if err != nil {
		return nil, errors.Wrapf(xerr.NewErrMsg("get homestay detail fail"), "rpc HomestayDetail id:%d err:%v", req.Id, err)
	}
	h := homestayResp.Homestay
	if h == nil {
		return &types.HomestayDetailResp{}, nil
	}
	return &types.HomestayDetailResp{Homestay: types.Homestay{
		Id: h.Id, Title: h.Title, SubTitle: h.SubTitle, Banner: h.Banner, Info: h.Info, PeopleNum: h.PeopleNum,
		HomestayBusinessId: h.HomestayBusinessId, UserId: h.UserId, RowState: h.RowState, RowType: h.RowType,
		FoodInfo: h.FoodInfo, FoodPrice: tool.Fen2Yuan(h.FoodPrice), HomestayPrice: tool.Fen2Yuan(h.HomestayPrice),
		MarketHomestayPrice: tool.Fen2Yuan(h.MarketHomestayPrice),
	}}, nil
}

type HomestayListLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewHomestayListLogic(ctx context.Context, svcCtx *svc.ServiceContext) *HomestayListLogic {
	return &HomestayListLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// HomestayList reads looklook_travel directly through the cached model.
func (l *HomestayListLogic) HomestayList(req *types.HomestayListReq) (*types.HomestayListResp, error) {
	if req.PageSize <= 0 || req.PageSize > 50 {
		req.PageSize = 10
	}
	builder := l.svcCtx.HomestayModel.SelectBuilder().Where("row_state = ?", 1)
	list, err := l.svcCtx.HomestayModel.FindPageListByIdDESC(l.ctx, builder, req.LastId, req.PageSize)
	if err != nil {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "HomestayList db err req : %+v , err : %v", req, err)
	}

	resp := make([]types.Homestay, 0, len(list))
	for _, h := range list {
		resp = append(resp, types.Homestay{
			Id: h.Id, Title: h.Title, SubTitle: h.SubTitle, Banner: h.Banner, PeopleNum: h.PeopleNum,
			HomestayBusinessId: h.HomestayBusinessId, RowType: h.RowType,
			HomestayPrice: tool.Fen2Yuan(h.HomestayPrice), MarketHomestayPrice: tool.Fen2Yuan(h.MarketHomestayPrice),
		})
	}
	return &types.HomestayListResp{List: resp}, nil
}
