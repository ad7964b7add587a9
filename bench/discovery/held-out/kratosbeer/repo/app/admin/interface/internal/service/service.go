package service

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"

	v1 "github.com/maltworks/hopstore/api/admin/interface/v1"
	"github.com/maltworks/hopstore/app/admin/interface/internal/biz"
)

// ProviderSet is service providers.
var ProviderSet = wire.NewSet(NewAdminInterface)

type AdminInterface struct {
	v1.UnimplementedAdminInterfaceServer

	ac  *biz.AdminUseCase
	log *log.Helper
}

func NewAdminInterface(ac *biz.AdminUseCase, logger log.Logger) *AdminInterface {
	return &AdminInterface{ac: ac, log: log.NewHelper(log.With(logger, "module", "service/admin"))}
}

func (s *AdminInterface) Login(ctx context.Context, req *v1.LoginReq) (*v1.LoginReply, error) {
	token, err := s.ac.Login(ctx, req.Username, req.Password)
	if err != nil {
		return nil, err
	}
	return &v1.LoginReply{Token: token}, nil
}

func (s *AdminInterface) ListBeer(ctx context.Context, req *v1.ListBeerReq) (*v1.ListBeerReply, error) {
	bs, err := s.ac.ListBeer(ctx, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.Beer, 0, len(bs))
	for _, b := range bs {
		rv = append(rv, &v1.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Stock: b.Stock})
	}
	return &v1.ListBeerReply{Results: rv}, nil
}

func (s *AdminInterface) CreateBeer(ctx context.Context, req *v1.CreateBeerReq) (*v1.CreateBeerReply, error) {
	b, err := s.ac.CreateBeer(ctx, &biz.Beer{Name: req.Beer.Name, Description: req.Beer.Description, Price: req.Beer.Price, Stock: req.Beer.Stock})
	if err != nil {
		return nil, err
	}
	return &v1.CreateBeerReply{Beer: &v1.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Stock: b.Stock}}, nil
}

func (s *AdminInterface) ListUser(ctx context.Context, req *v1.ListUserReq) (*v1.ListUserReply, error) {
	us, err := s.ac.ListUser(ctx, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.User, 0, len(us))
	for _, u := range us {
		rv = append(rv, &v1.User{Id: u.Id, Username: u.Username, Email: u.Email})
	}
	return &v1.ListUserReply{Results: rv}, nil
}

func (s *AdminInterface) ListOrder(ctx context.Context, req *v1.ListOrderReq) (*v1.ListOrderReply, error) {
	os, err := s.ac.ListOrder(ctx, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rv := make([]*v1.Order, 0, len(os))
	for _, o := range os {
		rv = append(rv, &v1.Order{Id: o.Id, UserId: o.UserId, Total: o.Total, Status: o.Status})
	}
	return &v1.ListOrderReply{Results: rv}, nil
}
