package biz

import (
	"context"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/google/wire"
)

// ProviderSet is biz providers.
var ProviderSet = wire.NewSet(NewCartUseCase)

type Item struct {
	ItemId   int64
	Quantity int64
}

type Cart struct {
	UserId int64
	Items  []Item
}

type CartRepo interface {
	GetCart(ctx context.Context, uid int64) (*Cart, error)
	SaveCart(ctx context.Context, c *Cart) error
	DeleteCart(ctx context.Context, uid int64) error
}

type CartUseCase struct {
	repo CartRepo
	log  *log.Helper
}

func NewCartUseCase(repo CartRepo, logger log.Logger) *CartUseCase {
	return &CartUseCase{repo: repo, log: log.NewHelper(log.With(logger, "module", "usecase/cart"))}
}

func (uc *CartUseCase) GetCart(ctx context.Context, uid int64) (*Cart, error) {
	return uc.repo.GetCart(ctx, uid)
}

func (uc *CartUseCase) AddItem(ctx context.Context, uid, itemID, qty int64) (*Cart, error) {
	c, err := uc.repo.GetCart(ctx, uid)
	if err != nil {
		return nil, err
	}
	for i := range c.Items {
		if c.Items[i].ItemId == itemID {
			c.Items[i].Quantity += qty
			return c, uc.repo.SaveCart(ctx, c)
		}
	}
	c.Items = append(c.Items, Item{ItemId: itemID, Quantity: qty})
	return c, uc.repo.SaveCart(ctx, c)
}

func (uc *CartUseCase) UpdateItem(ctx context.Context, uid, itemID, qty int64) (*Cart, error) {
	c, err := uc.repo.GetCart(ctx, uid)
	if err != nil {
		return nil, err
	}
	items := c.Items[:0]
	for _, it := range c.Items {
		if it.ItemId == itemID {
			it.Quantity = qty
		}
		if it.Quantity > 0 {
			items = append(items, it)
		}
	}
	c.Items = items
	return c, uc.repo.SaveCart(ctx, c)
}

func (uc *CartUseCase) DeleteCart(ctx context.Context, uid int64) error {
	return uc.repo.DeleteCart(ctx, uid)
}
