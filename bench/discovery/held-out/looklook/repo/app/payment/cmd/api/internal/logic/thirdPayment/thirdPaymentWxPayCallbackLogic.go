package thirdPayment

import (
	"context"
	"net/http"
	"time"

	"nestaway/app/payment/cmd/api/internal/svc"
	"nestaway/app/payment/cmd/api/internal/types"
	"nestaway/app/payment/cmd/rpc/payment"
	"nestaway/app/payment/model"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/wechatpay-apiv3/wechatpay-go/core/auth/verifiers"
	"github.com/wechatpay-apiv3/wechatpay-go/core/downloader"
	"github.com/wechatpay-apiv3/wechatpay-go/core/notify"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments"
	"github.com/zeromicro/go-zero/core/logx"
)

var ErrWxPayCallbackError = xerr.NewErrMsg("wechat pay callback fail")

type ThirdPaymentWxPayCallbackLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewThirdPaymentWxPayCallbackLogic(ctx context.Context, svcCtx *svc.ServiceContext) *ThirdPaymentWxPayCallbackLogic {
	return &ThirdPaymentWxPayCallbackLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

// ThirdPaymentWxPayCallback handles the notify request WeChat Pay POSTs to WxPayConf.NotifyUrl.
func (l *ThirdPaymentWxPayCallbackLogic) ThirdPaymentWxPayCallback(rw http.ResponseWriter, req *http.Request) (*types.ThirdPaymentWxPayCallbackResp, error) {
	certVisitor := downloader.MgrInstance().GetCertificateVisitor(l.svcCtx.Config.WxPayConf.MchId)
	handler := notify.NewNotifyHandler(l.svcCtx.Config.WxPayConf.APIv3Key, verifiers.NewSHA256WithRSAVerifier(certVisitor))

	transaction := new(payments.Transaction)
	_, err := handler.ParseNotifyRequest(context.Background(), req, transaction)
	if err != nil {
		return nil, errors.Wrapf(ErrWxPayCallbackError, "Failed to parse notify, err:%v", err)
	}

	payStatus := getPayStatusByWXPayTradeState(*transaction.TradeState)
	if payStatus == model.ThirdPaymentPayTradeStateWait {
		return &types.ThirdPaymentWxPayCallbackResp{ReturnCode: "SUCCESS"}, nil
	}

	payTime, _ := time.ParseInLocation(time.RFC3339, *transaction.SuccessTime, time.Local)
	if _, err := l.svcCtx.PaymentRpc.UpdateTradeState(l.ctx, &payment.UpdateTradeStateReq{
		Sn:             *transaction.OutTradeNo,
		TradeState:     *transaction.TradeState,
		TransactionId:  *transaction.TransactionId,
		TradeType:      *transaction.TradeType,
		TradeStateDesc: *transaction.TradeStateDesc,
		PayStatus:      payStatus,
		PayTime:        payTime.Unix(),
	}); err != nil {
		return nil, errors.Wrapf(ErrWxPayCallbackError, "update trade state err:%v, outTradeNo:%s", err, *transaction.OutTradeNo)
	}
	return &types.ThirdPaymentWxPayCallbackResp{ReturnCode: "SUCCESS"}, nil
}

func getPayStatusByWXPayTradeState(wxPayTradeState string) int64 {
	switch wxPayTradeState {
	case "SUCCESS":
		return model.ThirdPaymentPayTradeStateSuccess
	case "REFUND":
		return model.ThirdPaymentPayTradeStateRefund
	case "NOTPAY", "USERPAYING":
		return model.ThirdPaymentPayTradeStateWait
	default:
		return model.ThirdPaymentPayTradeStateFAIL
	}
}
