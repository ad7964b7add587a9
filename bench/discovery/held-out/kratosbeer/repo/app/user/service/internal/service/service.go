package service

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"

	v1 "github.com/maltworks/hopstore/api/user/service/v1"
	"github.com/maltworks/hopstore/app/user/service/internal/biz"
)

// ProviderSet is service providers.
var ProviderSet = wire.NewSet(NewUserService)

type UserService struct {
	v1.UnimplementedUserServer

	uc  *biz.UserUseCase
	log *log.Helper
}

func NewUserService(uc *biz.UserUseCase, logger log.Logger) *UserService {
	return &UserService{uc: uc, log: log.NewHelper(log.With(logger, "module", "service/user"))}
}

func (s *UserService) CreateUser(ctx context.Context, req *v1.CreateUserReq) (*v1.CreateUserReply, error) {
	u, err := s.uc.Create(ctx, &biz.User{Username: req.Username, Email: req.Email}, req.Password)
	if err != nil {
		return nil, err
	}
	return &v1.CreateUserReply{Id: u.Id, Username: u.Username}, nil
}

func (s *UserService) GetUser(ctx context.Context, req *v1.GetUserReq) (*v1.GetUserReply, error) {
	u, err := s.uc.Get(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &v1.GetUserReply{User: &v1.UserInfo{Id: u.Id, Username: u.Username, Email: u.Email}}, nil
}

func (s *UserService) GetUserByUsername(ctx context.Context, req *v1.GetUserByUsernameReq) (*v1.GetUserByUsernameReply, error) {
	u, err := s.uc.GetByUsername(ctx, req.Username)
	if err != nil {
		return nil, err
	}
	return &v1.GetUserByUsernameReply{User: &v1.UserInfo{Id: u.Id, Username: u.Username, Email: u.Email}}, nil
}

func (s *UserService) VerifyPassword(ctx context.Context, req *v1.VerifyPasswordReq) (*v1.VerifyPasswordReply, error) {
	u, ok, err := s.uc.VerifyPassword(ctx, req.Username, req.Password)
	if err != nil {
		return nil, err
	}
	return &v1.VerifyPasswordReply{Ok: ok, Id: u.Id}, nil
}

func (s *UserService) ListUser(ctx context.Context, req *v1.ListUserReq) (*v1.ListUserReply, error) {
	us, err := s.uc.List(ctx, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.UserInfo, 0, len(us))
	for _, u := range us {
		rv = append(rv, &v1.UserInfo{Id: u.Id, Username: u.Username, Email: u.Email})
	}
	return &v1.ListUserReply{Results: rv}, nil
}

func (s *UserService) ListAddress(ctx context.Context, req *v1.ListAddressReq) (*v1.ListAddressReply, error) {
	as, err := s.uc.ListAddress(ctx, req.Uid)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.Address, 0, len(as))
	for _, a := range as {
		rv = append(rv, &v1.Address{Id: a.Id, Name: a.Name, Mobile: a.Mobile, Address: a.Address, PostCode: a.PostCode})
	}
	return &v1.ListAddressReply{Results: rv}, nil
}

func (s *UserService) CreateAddress(ctx context.Context, req *v1.CreateAddressReq) (*v1.CreateAddressReply, error) {
	a, err := s.uc.CreateAddress(ctx, req.Uid, &biz.Address{
		Name: req.Address.Name, Mobile: req.Address.Mobile, Address: req.Address.Address, PostCode: req.Address.PostCode,
	})
	if err != nil {
		return nil, err
	}
	return &v1.CreateAddressReply{Address: &v1.Address{Id: a.Id, Name: a.Name, Mobile: a.Mobile, Address: a.Address, PostCode: a.PostCode}}, nil
}
