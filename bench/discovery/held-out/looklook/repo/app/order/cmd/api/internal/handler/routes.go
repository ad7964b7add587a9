package handler

import (
	"net/http"

	"nestaway/app/order/cmd/api/internal/logic/homestayOrder"
	"nestaway/app/order/cmd/api/internal/svc"
	"nestaway/app/order/cmd/api/internal/types"
	"nestaway/common/result"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

func RegisterHandlers(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes(
		[]rest.Route{
			{Method: http.MethodPost, Path: "/homestayOrder/createHomestayOrder", Handler: createHomestayOrderHandler(serverCtx)},
			{Method: http.MethodPost, Path: "/homestayOrder/userHomestayOrderDetail", Handler: userHomestayOrderDetailHandler(serverCtx)},
		},
		rest.WithJwt(serverCtx.Config.JwtAuth.AccessSecret),
		rest.WithPrefix("/order/v1"),
	)
}

func createHomestayOrderHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.CreateHomestayOrderReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := homestayOrder.NewCreateHomestayOrderLogic(r.Context(), svcCtx).CreateHomestayOrder(&req)
		result.HttpResult(r, w, resp, err)
	}
}

func userHomestayOrderDetailHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.UserHomestayOrderDetailReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := homestayOrder.NewUserHomestayOrderDetailLogic(r.Context(), svcCtx).UserHomestayOrderDetail(&req)
		result.HttpResult(r, w, resp, err)
	}
}
