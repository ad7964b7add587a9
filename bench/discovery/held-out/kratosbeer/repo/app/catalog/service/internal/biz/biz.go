package biz

import (
	"context"
	"errors"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"
)

// ProviderSet is biz providers.
var ProviderSet = wire.NewSet(NewBeerUseCase)

var ErrInsufficientStock = errors.New("catalog: insufficient stock")

type Beer struct {
	Id          int64
	Name        string
	Description string
	Price       int64
	Stock       int64
	Images      []string
}

type StockLine struct {
	BeerId   int64
	Quantity int64
}

type BeerRepo interface {
	CreateBeer(ctx context.Context, b *Beer) (*Beer, error)
	GetBeer(ctx context.Context, id int64) (*Beer, error)
	UpdateBeer(ctx context.Context, b *Beer) (*Beer, error)
	ListBeer(ctx context.Context, pageNum, pageSize int64) ([]*Beer, error)
	ReserveStock(ctx context.Context, orderID int64, lines []StockLine) error
}

type BeerUseCase struct {
	repo BeerRepo
	log  *log.Helper
}

func NewBeerUseCase(repo BeerRepo, logger log.Logger) *BeerUseCase {
	return &BeerUseCase{repo: repo, log: log.NewHelper(log.With(logger, "module", "usecase/beer"))}
}

func (uc *BeerUseCase) Create(ctx context.Context, b *Beer) (*Beer, error) {
	return uc.repo.CreateBeer(ctx, b)
}

func (uc *BeerUseCase) Get(ctx context.Context, id int64) (*Beer, error) {
	return uc.repo.GetBeer(ctx, id)
}

func (uc *BeerUseCase) Update(ctx context.Context, b *Beer) (*Beer, error) {
	return uc.repo.UpdateBeer(ctx, b)
}

func (uc *BeerUseCase) List(ctx context.Context, pageNum, pageSize int64) ([]*Beer, error) {
	if pageSize <= 0 || pageSize > 100 {
		pageSize = 20
	}
	return uc.repo.ListBeer(ctx, pageNum, pageSize)
}

func (uc *BeerUseCase) Reserve(ctx context.Context, orderID int64, lines []StockLine) error {
	uc.log.WithContext(ctx).Infof("reserving stock for order %d (%d lines)", orderID, len(lines))
	return uc.repo.ReserveStock(ctx, orderID, lines)
}
