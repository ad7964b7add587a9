package user

import (
	"net/http"

	"nestaway/app/usercenter/cmd/api/internal/logic/user"
	"nestaway/app/usercenter/cmd/api/internal/svc"
	"nestaway/app/usercenter/cmd/api/internal/types"
	"nestaway/common/result"

	"github.com/zeromicro/go-zero/rest/httpx"
)

func RegisterHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.RegisterReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := user.NewRegisterLogic(r.Context(), svcCtx).Register(&req)
		result.HttpResult(r, w, resp, err)
	}
}

func LoginHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.LoginReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := user.NewLoginLogic(r.Context(), svcCtx).Login(&req)
		result.HttpResult(r, w, resp, err)
	}
}

func WxMiniAuthHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.WXMiniAuthReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := user.NewWxMiniAuthLogic(r.Context(), svcCtx).WxMiniAuth(&req)
		result.HttpResult(r, w, resp, err)
	}
}

func DetailHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.UserInfoReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := user.NewDetailLogic(r.Context(), svcCtx).Detail(&req)
		result.HttpResult(r, w, resp, err)
	}
}
