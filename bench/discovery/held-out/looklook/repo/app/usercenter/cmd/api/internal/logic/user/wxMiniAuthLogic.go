package user

import (
	"context"
	"fmt"

	"nestaway/app/usercenter/cmd/api/internal/svc"
	"nestaway/app/usercenter/cmd/api/internal/types"
	"nestaway/app/usercenter/cmd/rpc/usercenter"
	usercenterModel "nestaway/app/usercenter/model"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/silenceper/wechat/v2"
	"github.com/silenceper/wechat/v2/cache"
	miniConfig "github.com/silenceper/wechat/v2/miniprogram/config"
	"github.com/zeromicro/go-zero/core/logx"
)

var ErrWxMiniAuthFailError = xerr.NewErrMsg("wechat mini-program auth failed")

type WxMiniAuthLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewWxMiniAuthLogic(ctx context.Context, svcCtx *svc.ServiceContext) *WxMiniAuthLogic {
	return &WxMiniAuthLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// WxMiniAuth exchanges the mini-program login code for an openid (jscode2session on
// api.weixin.qq.com), registers the user on first login and returns our own JWT.
func (l *WxMiniAuthLogic) WxMiniAuth(req *types.WXMiniAuthReq) (*types.WXMiniAuthResp, error) {
	miniprogram := wechat.NewWechat().GetMiniProgram(&miniConfig.Config{
		AppID:     l.svcCtx.Config.WxMiniConf.AppId,
		AppSecret: l.svcCtx.Config.WxMiniConf.Secret,
		Cache:     cache.NewMemory(),
	})
	authResult, err := miniprogram.GetAuth().Code2Session(req.Code)
	if err != nil || authResult.ErrCode != 0 || authResult.OpenID == "" {
		return nil, errors.Wrapf(ErrWxMiniAuthFailError, "Code2Session err : %v , code : %s , authResult : %+v", err, req.Code, authResult)
	}

	userData, err := miniprogram.GetEncryptor().Decrypt(authResult.SessionKey, req.EncryptedData, req.IV)
	if err != nil {
		return nil, errors.Wrapf(ErrWxMiniAuthFailError, "Decrypt data err : %v", err)
	}

	authKey := authResult.OpenID
	rpcRsp, err := l.svcCtx.UsercenterRpc.GetUserAuthByAuthKey(l.ctx, &usercenter.GetUserAuthByAuthKeyReq{
		AuthType: usercenterModel.UserAuthTypeSmallWX,
		AuthKey:  authKey,
	})
	if err != nil {
		return nil, errors.Wrapf(ErrWxMiniAuthFailError, "rpc GetUserAuthByAuthKey err : %v", err)
	}

	if rpcRsp.UserAuth == nil || rpcRsp.UserAuth.Id == 0 {
		mobile := userData.PhoneNumber
		nickName := fmt.Sprintf("NestAway%s", mobile[7:])
		registerRsp, err := l.svcCtx.UsercenterRpc.Register(l.ctx, &usercenter.RegisterReq{
			AuthKey:  authKey,
			AuthType: usercenterModel.UserAuthTypeSmallWX,
			Mobile:   mobile,
			Nickname: nickName,
		})
		if err != nil {
			return nil, errors.Wrapf(ErrWxMiniAuthFailError, "UsercenterRpc.Register err :%v, authkey : %s", err, authKey)
		}
		return &types.WXMiniAuthResp{
			AccessToken:  registerRsp.AccessToken,
			AccessExpire: registerRsp.AccessExpire,
			RefreshAfter: registerRsp.RefreshAfter,
		}, nil
	}

	tokenResp, err := l.svcCtx.UsercenterRpc.GenerateToken(l.ctx, &usercenter.GenerateTokenReq{UserId: rpcRsp.UserAuth.UserId})
	if err != nil {
		return nil, errors.Wrapf(ErrWxMiniAuthFailError, "usercenterRpc.GenerateToken err :%v, userId : %d", err, rpcRsp.UserAuth.UserId)
	}
	return &types.WXMiniAuthResp{
		AccessToken:  tokenResp.AccessToken,
		AccessExpire: tokenResp.AccessExpire,
		RefreshAfter: tokenResp.RefreshAfter,
	}, nil
}
