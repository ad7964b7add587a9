package service

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"

	v1 "github.com/maltworks/hopstore/api/catalog/service/v1"
	"github.com/maltworks/hopstore/app/catalog/service/internal/biz"
)

// ProviderSet is service providers.
var ProviderSet = wire.NewSet(NewCatalogService)

type CatalogService struct {
	v1.UnimplementedCatalogServer

	bc  *biz.BeerUseCase
	log *log.Helper
}

func NewCatalogService(bc *biz.BeerUseCase, logger log.Logger) *CatalogService {
	return &CatalogService{bc: bc, log: log.NewHelper(log.With(logger, "module", "service/catalog"))}
}

func toProto(b *biz.Beer) *v1.Beer {
	return &v1.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Stock: b.Stock, Images: b.Images}
}

func fromProto(b *v1.Beer) *biz.Beer {
	return &biz.Beer{Id: b.Id, Name: b.Name, Description: b.Description, Price: b.Price, Stock: b.Stock, Images: b.Images}
}

func (s *CatalogService) ListBeer(ctx context.Context, req *v1.ListBeerReq) (*v1.ListBeerReply, error) {
	rv, err := s.bc.List(ctx, req.PageNum, req.PageSize)
	if err != nil {
		return nil, err
	}
	rs := make([]*v1.Beer, 0, len(rv))
	for _, x := range rv {
		rs = append(rs, toProto(x))
	}
	return &v1.ListBeerReply{Results: rs}, nil
}

func (s *CatalogService) GetBeer(ctx context.Context, req *v1.GetBeerReq) (*v1.GetBeerReply, error) {
	x, err := s.bc.Get(ctx, req.Id)
	if err != nil {
		return nil, err
	}
	return &v1.GetBeerReply{Beer: toProto(x)}, nil
}

func (s *CatalogService) CreateBeer(ctx context.Context, req *v1.CreateBeerReq) (*v1.CreateBeerReply, error) {
	x, err := s.bc.Create(ctx, fromProto(req.Beer))
	if err != nil {
		return nil, err
	}
	return &v1.CreateBeerReply{Beer: toProto(x)}, nil
}

func (s *CatalogService) UpdateBeer(ctx context.Context, req *v1.UpdateBeerReq) (*v1.UpdateBeerReply, error) {
	x, err := s.bc.Update(ctx, fromProto(req.Beer))
	if err != nil {
		return nil, err
	}
	return &v1.UpdateBeerReply{Beer: toProto(x)}, nil
}

func (s *CatalogService) ReserveStock(ctx context.Context, req *v1.ReserveStockReq) (*v1.ReserveStockReply, error) {
	lines := make([]biz.StockLine, 0, len(req.Lines))
	for _, l := range req.Lines {
		lines = append(lines, biz.StockLine{BeerId: l.BeerId, Quantity: l.Quantity})
	}
	if err := s.bc.Reserve(ctx, req.OrderId, lines); err != nil {
		return &v1.ReserveStockReply{Ok: false}, err
	}
	return &v1.ReserveStockReply{Ok: true}, nil
}
