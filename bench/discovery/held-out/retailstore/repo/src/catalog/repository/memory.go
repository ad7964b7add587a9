package repository

import (
	"context"
	"slices"
	"sort"
	"strings"

	"github.com/driftwood-goods/store/catalog/model"
)

type inMemoryRepository struct {
	products []model.Product
}

func NewInMemoryRepository() CatalogRepository {
	return &inMemoryRepository{products: seedProducts()}
}

func seedProducts() []model.Product {
	lighting := model.Tag{Name: "lighting", DisplayName: "Lighting"}
	decor := model.Tag{Name: "decor", DisplayName: "Decor"}
	kitchen := model.Tag{Name: "kitchen", DisplayName: "Kitchen"}
	furniture := model.Tag{Name: "furniture", DisplayName: "Furniture"}
	return []model.Product{
		{ID: "d27cf49f-b689-4a75-a249-d373e0330bb5", Name: "Beach Lantern", Description: "Hand-blown glass lantern on a driftwood base", Price: 4900, Count: 40, Tags: []model.Tag{lighting, decor}},
		{ID: "a1258cd2-176c-4507-ade6-746dab5ad625", Name: "Driftwood Mirror", Description: "Round mirror framed with reclaimed driftwood", Price: 12900, Count: 12, Tags: []model.Tag{decor}},
		{ID: "79bce3f3-935f-4912-8c62-0d2f3e059405", Name: "Shell Coasters", Description: "Set of four resin coasters", Price: 1800, Count: 200, Tags: []model.Tag{kitchen}},
		{ID: "8757729a-c518-4356-8694-9e795a9b3237", Name: "Tide Bench", Description: "Two-seat bench, oiled oak and driftwood", Price: 34900, Count: 5, Tags: []model.Tag{furniture}},
		{ID: "4f18544b-70a5-4352-8e19-0d070f46745d", Name: "Salt Lamp", Description: "Pink salt lamp with a cork foot", Price: 3900, Count: 60, Tags: []model.Tag{lighting}},
		{ID: "631a3db5-ac07-492c-a994-8cd56923c112", Name: "Rope Stool", Description: "Low stool wrapped in jute rope", Price: 8900, Count: 18, Tags: []model.Tag{furniture}},
	}
}

func (r *inMemoryRepository) match(tags []string) []model.Product {
	var out []model.Product
	for _, p := range r.products {
		if len(tags) == 0 || slices.ContainsFunc(p.Tags, func(t model.Tag) bool { return slices.Contains(tags, t.Name) }) {
			out = append(out, p)
		}
	}
	return out
}

func (r *inMemoryRepository) List(_ context.Context, q model.ProductQuery) ([]model.Product, error) {
	out := r.match(q.Tags)
	sort.SliceStable(out, func(i, j int) bool {
		switch q.Order {
		case "price_asc":
			return out[i].Price < out[j].Price
		case "price_desc":
			return out[i].Price > out[j].Price
		default:
			return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
		}
	})
	start := (q.Page - 1) * q.Size
	if start >= len(out) {
		return []model.Product{}, nil
	}
	end := min(start+q.Size, len(out))
	return out[start:end], nil
}

func (r *inMemoryRepository) Count(_ context.Context, tags []string) (int64, error) {
	return int64(len(r.match(tags))), nil
}

func (r *inMemoryRepository) Get(_ context.Context, id string) (*model.Product, error) {
	for _, p := range r.products {
		if p.ID == id {
			return &p, nil
		}
	}
	return nil, ErrNotFound
}

func (r *inMemoryRepository) Tags(_ context.Context) ([]model.Tag, error) {
	seen := map[string]model.Tag{}
	for _, p := range r.products {
		for _, t := range p.Tags {
			seen[t.Name] = t
		}
	}
	out := make([]model.Tag, 0, len(seen))
	for _, t := range seen {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].DisplayName < out[j].DisplayName })
	return out, nil
}

func (r *inMemoryRepository) Ping(context.Context) error { return nil }
