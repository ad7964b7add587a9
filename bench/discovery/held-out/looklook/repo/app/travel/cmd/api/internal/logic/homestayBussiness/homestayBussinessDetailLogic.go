package homestayBussiness

import (
	"context"

	"nestaway/app/travel/cmd/api/internal/svc"
	"nestaway/app/travel/cmd/api/internal/types"
	"nestaway/app/travel/model"
	"nestaway/app/usercenter/cmd/rpc/usercenter"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
)

type HomestayBussinessDetailLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewHomestayBussinessDetailLogic(ctx context.Context, svcCtx *svc.ServiceContext) *HomestayBussinessDetailLogic {
	return &HomestayBussinessDetailLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// HomestayBussinessDetail shows the host ("boss") card: business row from MySQL + profile from usercenter-rpc.
func (l *HomestayBussinessDetailLogic) HomestayBussinessDetail(req *types.HomestayBussinessDetailReq) (*types.HomestayBussinessDetailResp, error) {
	business, err := l.svcCtx.HomestayBusinessModel.FindOne(l.ctx, req.Id)
	if err != nil && err != model.ErrNotFound {
		return nil, errors.Wrapf(xerr.NewErrCode(xerr.DB_ERROR), "HomestayBusinessModel.FindOne id:%d err:%v", req.Id, err)
	}
	if business == nil {
		return &types.HomestayBussinessDetailResp{}, nil
	}

	userResp, err := l.svcCtx.UsercenterRpc.GetUserInfo(l.ctx, &usercenter.GetUserInfoReq{Id: business.UserId})
	if err != nil {
		return nil, errors.Wrapf(xerr.NewErrMsg("get boss info fail"), "UsercenterRpc.GetUserInfo userId:%d err:%v", business.UserId, err)
	}

	boss := types.HomestayBussinessBoss{Id: business.Id, UserId: business.UserId, Info: business.BossInfo, Star: business.Star}
	if userResp.User != nil {
		boss.Nickname = userResp.User.Nickname
		boss.Avatar = userResp.User.Avatar
	}
	return &types.HomestayBussinessDetailResp{Boss: boss}, nil
}
