package domain

import "context"

type ItemTypeDto struct {
	Name  string  `json:"name"`
	Type  int     `json:"type"`
	Price float64 `json:"price"`
	Image string  `json:"image"`
}

type ItemDto struct {
	Price float64 `json:"price"`
	Type  int     `json:"type"`
}

type ProductRepo interface {
	GetAll(context.Context) ([]ItemTypeDto, error)
	GetByTypes(context.Context, []int) ([]ItemDto, error)
}

type ProductUseCase interface {
	GetItemTypes(context.Context) ([]ItemTypeDto, error)
	GetItemsByType(context.Context, string) ([]ItemDto, error)
}
