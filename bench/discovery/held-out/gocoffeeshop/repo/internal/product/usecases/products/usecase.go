package products

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/brewline-labs/brewline/internal/product/domain"
)

type usecase struct {
	repo domain.ProductRepo
}

var _ domain.ProductUseCase = (*usecase)(nil)

func NewService(repo domain.ProductRepo) domain.ProductUseCase {
	return &usecase{repo: repo}
}

func (u *usecase) GetItemTypes(ctx context.Context) ([]domain.ItemTypeDto, error) {
	items, err := u.repo.GetAll(ctx)
	if err != nil {
		return nil, fmt.Errorf("usecase.GetItemTypes: %w", err)
	}

	return items, nil
}

// GetItemsByType accepts a comma separated list of item type ids.
func (u *usecase) GetItemsByType(ctx context.Context, itemTypes string) ([]domain.ItemDto, error) {
	parts := strings.Split(itemTypes, ",")
	ids := make([]int, 0, len(parts))

	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}

		id, err := strconv.Atoi(p)
		if err != nil {
			return nil, fmt.Errorf("invalid item type %q: %w", p, err)
		}

		ids = append(ids, id)
	}

	return u.repo.GetByTypes(ctx, ids)
}
