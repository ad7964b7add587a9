package logic

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"nestaway/app/mqueue/cmd/job/internal/svc"
	"nestaway/app/mqueue/cmd/job/jobtype"
	"nestaway/app/usercenter/cmd/rpc/usercenter"
	usercenterModel "nestaway/app/usercenter/model"
	"nestaway/common/tool"
	"nestaway/common/xerr"

	"github.com/hibiken/asynq"
	"github.com/pkg/errors"
	"github.com/silenceper/wechat/v2/miniprogram/subscribe"
	"github.com/zeromicro/go-zero/core/logx"
)

// OrderPaySuccessTplId is the mini-program subscribe template "payment received".
const OrderPaySuccessTplId = "QIJPmfxaNqYzSjOlXGk1T6Xfw94JwbSPuOd3u_hi3WE"

var ErrPaySuccessNotifyFail = xerr.NewErrMsg("pay success notify user fail")

type PaySuccessNotifyUserHandler struct {
	svcCtx *svc.ServiceContext
}

func NewPaySuccessNotifyUserHandler(svcCtx *svc.ServiceContext) *PaySuccessNotifyUserHandler {
	return &PaySuccessNotifyUserHandler{svcCtx: svcCtx}
}

func (l *PaySuccessNotifyUserHandler) ProcessTask(ctx context.Context, t *asynq.Task) error {
	var p jobtype.PaySuccessNotifyUserPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return errors.Wrapf(ErrPaySuccessNotifyFail, "payload err:%v, payLoad:%+v", err, t.Payload())
	}
	return NotifyUserPaySuccess(ctx, l.svcCtx, p)
}

// NotifyUserPaySuccess looks up the guest's openid and sends a WeChat subscribe message.
func NotifyUserPaySuccess(ctx context.Context, svcCtx *svc.ServiceContext, p jobtype.PaySuccessNotifyUserPayload) error {
	if !svcCtx.Config.NotifyUserOnPaySuccess {
		return nil
	}
	usercenterResp, err := svcCtx.UsercenterRpc.GetUserAuthByUserId(ctx, &usercenter.GetUserAuthByUserIdReq{
		UserId:   p.Order.UserId,
		AuthType: usercenterModel.UserAuthTypeSmallWX,
	})
	if err != nil {
		return errors.Wrapf(ErrPaySuccessNotifyFail, "get user auth fail err:%v , userId:%d", err, p.Order.UserId)
	}
	if usercenterResp.UserAuth == nil || len(usercenterResp.UserAuth.AuthKey) == 0 {
		return errors.Wrapf(ErrPaySuccessNotifyFail, "user has no openid, userId:%d", p.Order.UserId)
	}
	openId := usercenterResp.UserAuth.AuthKey

	msg := &subscribe.Message{
		ToUser:     openId,
		TemplateID: OrderPaySuccessTplId,
		Data: map[string]*subscribe.DataItem{
			"character_string6": {Value: p.Order.Sn},
			"thing1":            {Value: p.Order.Title},
			"amount2":           {Value: fmt.Sprintf("%.2f", tool.Fen2Yuan(p.Order.OrderTotalPrice))},
			"time4":             {Value: time.Unix(p.Order.LiveStartDate, 0).Format("2006-01-02")},
			"time5":             {Value: time.Unix(p.Order.LiveEndDate, 0).Format("2006-01-02")},
			"character_string3": {Value: p.Order.TradeCode},
		},
	}
	if err := svcCtx.MiniProgram.GetSubscribe().Send(msg); err != nil {
		logx.WithContext(ctx).Errorf("PaySuccessNotifyUser send subscribe message fail err:%v sn:%s", err, p.Order.Sn)
		return errors.Wrapf(ErrPaySuccessNotifyFail, "send err:%v", err)
	}
	return nil
}
