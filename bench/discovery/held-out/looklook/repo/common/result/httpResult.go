package result

import (
	"net/http"

	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/zeromicro/go-zero/core/logx"
	"github.com/zeromicro/go-zero/rest/httpx"
	"google.golang.org/grpc/status"
)

type ResponseSuccessBean struct {
	Code uint32      `json:"code"`
	Msg  string      `json:"msg"`
	Data interface{} `json:"data"`
}

type ResponseErrorBean struct {
	Code uint32 `json:"code"`
	Msg  string `json:"msg"`
}

func HttpResult(r *http.Request, w http.ResponseWriter, resp interface{}, err error) {
	if err == nil {
		httpx.WriteJson(w, http.StatusOK, &ResponseSuccessBean{Code: 200, Msg: "OK", Data: resp})
		return
	}
	errcode := xerr.SERVER_COMMON_ERROR
	errmsg := "server is busy, please try again later"

	causeErr := errors.Cause(err)
	if e, ok := causeErr.(*xerr.CodeError); ok {
		errcode = e.GetErrCode()
		errmsg = e.GetErrMsg()
	} else if gstatus, ok := status.FromError(causeErr); ok {
		grpcCode := uint32(gstatus.Code())
		if xerr.IsCodeErr(grpcCode) {
			errcode = grpcCode
			errmsg = gstatus.Message()
		}
	}
	logx.WithContext(r.Context()).Errorf("【API-ERR】 : %+v ", err)
	httpx.WriteJson(w, http.StatusBadRequest, &ResponseErrorBean{Code: errcode, Msg: errmsg})
}

func ParamErrorResult(r *http.Request, w http.ResponseWriter, err error) {
	httpx.WriteJson(w, http.StatusBadRequest, &ResponseErrorBean{Code: xerr.REUQEST_PARAM_ERROR, Msg: err.Error()})
}
