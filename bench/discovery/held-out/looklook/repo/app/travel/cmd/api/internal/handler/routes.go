package handler

import (
	"net/http"

	"nestaway/app/travel/cmd/api/internal/logic/homestay"
	"nestaway/app/travel/cmd/api/internal/logic/homestayBussiness"
	"nestaway/app/travel/cmd/api/internal/svc"
	"nestaway/app/travel/cmd/api/internal/types"
	"nestaway/common/result"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

func RegisterHandlers(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes(
		[]rest.Route{
			{Method: http.MethodPost, Path: "/homestay/homestayList", Handler: homestayListHandler(serverCtx)},
			{Method: http.MethodPost, Path: "/homestay/homestayDetail", Handler: homestayDetailHandler(serverCtx)},
			{Method: http.MethodPost, Path: "/homestayBussiness/homestayBussinessDetail", Handler: homestayBussinessDetailHandler(serverCtx)},
		},
		rest.WithPrefix("/travel/v1"),
	)
}

func homestayListHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.HomestayListReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := homestay.NewHomestayListLogic(r.Context(), svcCtx).HomestayList(&req)
		result.HttpResult(r, w, resp, err)
	}
}

func homestayDetailHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.HomestayDetailReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := homestay.NewHomestayDetailLogic(r.Context(), svcCtx).HomestayDetail(&req)
		result.HttpResult(r, w, resp, err)
	}
}

func homestayBussinessDetailHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.HomestayBussinessDetailReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := homestayBussiness.NewHomestayBussinessDetailLogic(r.Context(), svcCtx).HomestayBussinessDetail(&req)
		result.HttpResult(r, w, resp, err)
	}
}
