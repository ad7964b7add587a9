package thirdPayment

import (
	"context"

	"nestaway/app/order/cmd/rpc/order"
	"nestaway/app/payment/cmd/api/internal/svc"
	"nestaway/app/payment/cmd/api/internal/types"
	"nestaway/app/payment/cmd/rpc/payment"
	"nestaway/app/payment/model"
	"nestaway/app/usercenter/cmd/rpc/usercenter"
	usercenterModel "nestaway/app/usercenter/model"
	"nestaway/common/ctxdata"
	"nestaway/common/xerr"

	"github.com/pkg/errors"
	"github.com/wechatpay-apiv3/wechatpay-go/core"
	"github.com/wechatpay-apiv3/wechatpay-go/services/payments/jsapi"
	"github.com/zeromicro/go-zero/core/logx"
)

const ThirdPaymentServiceTypeHomestayOrder = "homestayOrder"

var ErrWxPayError = xerr.NewErrMsg("wechat pay prepay failed")

type ThirdPaymentwxPayLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewThirdPaymentwxPayLogic(ctx context.Context, svcCtx *svc.ServiceContext) *ThirdPaymentwxPayLogic {
	return &ThirdPaymentwxPayLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func (l *ThirdPaymentwxPayLogic) ThirdPaymentwxPay(req *types.ThirdPaymentWxPayReq) (*types.ThirdPaymentWxPayResp, error) {
	if req.ServiceType != ThirdPaymentServiceTypeHomestayOrder {
		return nil, errors.Wrapf(xerr.NewErrMsg("unsupported service type"), "serviceType:%s", req.ServiceType)
	}

	orderResp, err := l.svcCtx.OrderRpc.HomestayOrderDetail(l.ctx, &order.HomestayOrderDetailReq{Sn: req.OrderSn})
	if err != nil {
		return nil, errors.Wrapf(ErrWxPayError, "OrderRpc.HomestayOrderDetail err: %v, orderSn: %s", err, req.OrderSn)
	}
	if orderResp.HomestayOrder == nil || orderResp.HomestayOrder.Id == 0 {
		return nil, errors.Wrapf(xerr.NewErrMsg("order no exists"), "orderSn : %s", req.OrderSn)
	}
	if orderResp.HomestayOrder.TradeState != order.HomestayOrderTradeStateWaitPay {
		return nil, errors.Wrapf(xerr.NewErrMsg("order is not waiting for payment"), "orderSn : %s", req.OrderSn)
	}
	totalPrice := orderResp.HomestayOrder.OrderTotalPrice
	description := orderResp.HomestayOrder.Title

	wechatPrepayRsp, err := l.createWxPrepayOrder(req.ServiceType, req.OrderSn, totalPrice, description)
	if err != nil {
		return nil, err
	}
	return &types.ThirdPaymentWxPayResp{
		Appid:     l.svcCtx.Config.WxMiniConf.AppId,
		NonceStr:  *wechatPrepayRsp.NonceStr,
		PaySign:   *wechatPrepayRsp.PaySign,
		Package:   *wechatPrepayRsp.Package,
		Timestamp: *wechatPrepayRsp.TimeStamp,
		SignType:  *wechatPrepayRsp.SignType,
	}, nil
}

func (l *ThirdPaymentwxPayLogic) createWxPrepayOrder(serviceType, orderSn string, totalPrice int64, description string) (*jsapi.PrepayWithRequestPaymentResponse, error) {
	userId := ctxdata.GetUidFromCtx(l.ctx)
	userAuthResp, err := l.svcCtx.UsercenterRpc.GetUserAuthByUserId(l.ctx, &usercenter.GetUserAuthByUserIdReq{
		UserId:   userId,
		AuthType: usercenterModel.UserAuthTypeSmallWX,
	})
	if err != nil {
		return nil, errors.Wrapf(ErrWxPayError, "get user wechat openid err : %v , userId: %d", err, userId)
	}
	if userAuthResp.UserAuth == nil || userAuthResp.UserAuth.Id == 0 {
		return nil, errors.Wrapf(xerr.NewErrMsg("user has no wechat openid"), "userId : %d", userId)
	}
	openId := userAuthResp.UserAuth.AuthKey

	createPaymentResp, err := l.svcCtx.PaymentRpc.CreatePayment(l.ctx, &payment.CreatePaymentReq{
		UserId:      userId,
		PayModel:    model.PayModeWechatPay,
		PayTotal:    totalPrice,
		OrderSn:     orderSn,
		ServiceType: serviceType,
	})
	if err != nil || createPaymentResp.Sn == "" {
		return nil, errors.Wrapf(ErrWxPayError, "create local third payment record fail : err: %v , orderSn: %s", err, orderSn)
	}

	jsApiSvc := jsapi.JsapiApiService{Client: l.svcCtx.WxPayClient}
	resp, _, err := jsApiSvc.PrepayWithRequestPayment(l.ctx, jsapi.PrepayRequest{
		Appid:       core.String(l.svcCtx.Config.WxMiniConf.AppId),
		Mchid:       core.String(l.svcCtx.Config.WxPayConf.MchId),
		Description: core.String(description),
		OutTradeNo:  core.String(createPaymentResp.Sn),
		Attach:      core.String(description),
		NotifyUrl:   core.String(l.svcCtx.Config.WxPayConf.NotifyUrl),
		Amount:      &jsapi.Amount{Total: core.Int64(totalPrice)},
		Payer:       &jsapi.Payer{Openid: core.String(openId)},
	})
	if err != nil {
		return nil, errors.Wrapf(ErrWxPayError, "Failed to initiate WeChat payment pre-order err : %v , paySn: %s", err, createPaymentResp.Sn)
	}
	return resp, nil
}
