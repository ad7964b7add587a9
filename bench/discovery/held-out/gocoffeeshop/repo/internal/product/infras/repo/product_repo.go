package repo

import (
	"context"

	"github.com/brewline-labs/brewline/internal/product/domain"
	"github.com/brewline-labs/brewline/pkg/shared"
)

// inMemoryProductRepo serves the fixed Brewline menu.
//
// A Redis-backed cache was prototyped here for the seasonal menu but never
// shipped; kept for reference.
//
//	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // e.g. redis:6379
//	cached, err := rdb.Get(ctx, "brewline:menu").Result()
type inMemoryProductRepo struct {
	items []domain.ItemTypeDto
}

var _ domain.ProductRepo = (*inMemoryProductRepo)(nil)

func NewOrderRepo() domain.ProductRepo {
	return &inMemoryProductRepo{
		items: []domain.ItemTypeDto{
			{Name: shared.ItemCappuccino.String(), Type: int(shared.ItemCappuccino), Price: 4.5, Image: "img/cappuccino.png"},
			{Name: shared.ItemFlatWhite.String(), Type: int(shared.ItemFlatWhite), Price: 4.25, Image: "img/flat_white.png"},
			{Name: shared.ItemColdBrew.String(), Type: int(shared.ItemColdBrew), Price: 4.0, Image: "img/cold_brew.png"},
			{Name: shared.ItemEspresso.String(), Type: int(shared.ItemEspresso), Price: 3.0, Image: "img/espresso.png"},
			{Name: shared.ItemEspressoDouble.String(), Type: int(shared.ItemEspressoDouble), Price: 3.75, Image: "img/espresso_double.png"},
			{Name: shared.ItemLatte.String(), Type: int(shared.ItemLatte), Price: 4.5, Image: "img/latte.png"},
			{Name: shared.ItemOatLatte.String(), Type: int(shared.ItemOatLatte), Price: 5.0, Image: "img/oat_latte.png"},
			{Name: shared.ItemMocha.String(), Type: int(shared.ItemMocha), Price: 5.25, Image: "img/mocha.png"},
			{Name: shared.ItemCinnamonBun.String(), Type: int(shared.ItemCinnamonBun), Price: 3.5, Image: "img/cinnamon_bun.png"},
			{Name: shared.ItemCroissant.String(), Type: int(shared.ItemCroissant), Price: 3.25, Image: "img/croissant.png"},
			{Name: shared.ItemBlueberryMuffin.String(), Type: int(shared.ItemBlueberryMuffin), Price: 3.0, Image: "img/muffin.png"},
			{Name: shared.ItemAlmondCroissant.String(), Type: int(shared.ItemAlmondCroissant), Price: 3.75, Image: "img/almond_croissant.png"},
		},
	}
}

func (r *inMemoryProductRepo) GetAll(_ context.Context) ([]domain.ItemTypeDto, error) {
	return r.items, nil
}

func (r *inMemoryProductRepo) GetByTypes(_ context.Context, itemTypes []int) ([]domain.ItemDto, error) {
	results := make([]domain.ItemDto, 0, len(itemTypes))

	for _, t := range itemTypes {
		for _, item := range r.items {
			if item.Type == t {
				results = append(results, domain.ItemDto{Price: item.Price, Type: item.Type})

				break
			}
		}
	}

	return results, nil
}
