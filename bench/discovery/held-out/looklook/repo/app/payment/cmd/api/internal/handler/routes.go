package handler

import (
	"net/http"

	"nestaway/app/payment/cmd/api/internal/logic/thirdPayment"
	"nestaway/app/payment/cmd/api/internal/svc"
	"nestaway/app/payment/cmd/api/internal/types"
	"nestaway/common/result"

	"github.com/zeromicro/go-zero/rest"
	"github.com/zeromicro/go-zero/rest/httpx"
)

func RegisterHandlers(server *rest.Server, serverCtx *svc.ServiceContext) {
	server.AddRoutes(
		[]rest.Route{
			{Method: http.MethodPost, Path: "/thirdPayment/thirdPaymentWxPay", Handler: thirdPaymentWxPayHandler(serverCtx)},
		},
		rest.WithJwt(serverCtx.Config.JwtAuth.AccessSecret),
		rest.WithPrefix("/payment/v1"),
	)

	// called by WeChat Pay, no jwt
	server.AddRoutes(
		[]rest.Route{
			{Method: http.MethodPost, Path: "/thirdPayment/thirdPaymentWxPayCallback", Handler: thirdPaymentWxPayCallbackHandler(serverCtx)},
		},
		rest.WithPrefix("/payment/v1"),
	)
}

func thirdPaymentWxPayHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var req types.ThirdPaymentWxPayReq
		if err := httpx.Parse(r, &req); err != nil {
			result.ParamErrorResult(r, w, err)
			return
		}
		resp, err := thirdPayment.NewThirdPaymentwxPayLogic(r.Context(), svcCtx).ThirdPaymentwxPay(&req)
		result.HttpResult(r, w, resp, err)
	}
}

func thirdPaymentWxPayCallbackHandler(svcCtx *svc.ServiceContext) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp, err := thirdPayment.NewThirdPaymentWxPayCallbackLogic(r.Context(), svcCtx).ThirdPaymentWxPayCallback(w, r)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		httpx.OkJson(w, resp)
	}
}
