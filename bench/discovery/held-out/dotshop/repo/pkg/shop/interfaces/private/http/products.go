package http

import (
	"net/http"

	"github.com/go-chi/chi"
	"github.com/go-chi/render"

	common_http "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/http"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/domain/products"
)

// ProductView is the contract used by orders service (pkg/orders/infrastructure/shop/http.go).
type ProductView struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Price       PriceView `json:"price"`
}

type PriceView struct {
	Cents    uint   `json:"cents"`
	Currency string `json:"currency"`
}

func AddRoutes(router *chi.Mux, repo products.Repository) {
	resource := productsResource{repo}
	router.Get("/private/products/{id}", resource.Get)
}

type productsResource struct {
	repo products.Repository
}

func (p productsResource) Get(w http.ResponseWriter, r *http.Request) {
	product, err := p.repo.ByID(products.ID(chi.URLParam(r, "id")))
	if err == products.ErrNotFound {
		_ = render.Render(w, r, common_http.ErrNotFound)
		return
	}
	if err != nil {
		_ = render.Render(w, r, common_http.ErrInternal(err))
		return
	}

	render.Respond(w, r, ProductView{
		ID:          string(product.ID()),
		Name:        product.Name(),
		Description: product.Description(),
		Price:       PriceView{product.Price().Cents(), product.Price().Currency()},
	})
}
