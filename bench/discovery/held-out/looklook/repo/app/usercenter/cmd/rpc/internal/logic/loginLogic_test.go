package logic

import (
	"context"
	"database/sql"
	"testing"

	"nestaway/app/usercenter/cmd/rpc/internal/config"
	"nestaway/app/usercenter/cmd/rpc/internal/svc"
	"nestaway/app/usercenter/cmd/rpc/pb"
	"nestaway/app/usercenter/model"
	"nestaway/common/tool"

	"github.com/stretchr/testify/assert"
	"github.com/zeromicro/go-zero/core/stores/sqlx"
)

// fakeUserModel is an in-memory stand-in for model.UserModel; no MySQL needed.
type fakeUserModel struct {
	model.UserModel
	byMobile map[string]*model.User
}

func (f *fakeUserModel) FindOneByMobile(_ context.Context, mobile string) (*model.User, error) {
	if u, ok := f.byMobile[mobile]; ok {
		return u, nil
	}
	return nil, model.ErrNotFound
}

func (f *fakeUserModel) Insert(context.Context, sqlx.Session, *model.User) (sql.Result, error) {
	panic("not used")
}

func newTestSvc() *svc.ServiceContext {
	c := config.Config{}
	c.JwtAuth.AccessSecret = "test-secret"
	c.JwtAuth.AccessExpire = 3600
	return &svc.ServiceContext{
		Config: c,
		UserModel: &fakeUserModel{byMobile: map[string]*model.User{
			"13800000000": {Id: 7, Mobile: "13800000000", Password: tool.Md5ByString("hunter2")},
		}},
	}
}

func TestLoginByMobile(t *testing.T) {
	l := NewLoginLogic(context.Background(), newTestSvc())

	resp, err := l.Login(&pb.LoginReq{AuthType: model.UserAuthTypeSystem, AuthKey: "13800000000", Password: "hunter2"})
	assert.NoError(t, err)
	assert.NotEmpty(t, resp.AccessToken)

	_, err = l.Login(&pb.LoginReq{AuthType: model.UserAuthTypeSystem, AuthKey: "13800000000", Password: "wrong"})
	assert.Error(t, err)

	_, err = l.Login(&pb.LoginReq{AuthType: model.UserAuthTypeSystem, AuthKey: "13900000000", Password: "hunter2"})
	assert.Error(t, err)
}
