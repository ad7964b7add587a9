package http

import (
	"net/http"

	"github.com/go-chi/chi"
	"github.com/go-chi/render"

	common_http "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/http"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/domain/products"
)

type productsReadModel interface {
	AllProducts() ([]products.Product, error)
}

func AddRoutes(router *chi.Mux, productsReadModel productsReadModel) {
	resource := productsResource{productsReadModel}
	router.Get("/products", resource.GetAll)
}

type productsResource struct {
	readModel productsReadModel
}

type priceView struct {
	Cents    uint   `json:"cents"`
	Currency string `json:"currency"`
}

type productView struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description"`
	Price       priceView `json:"price"`
}

func (p productsResource) GetAll(w http.ResponseWriter, r *http.Request) {
	all, err := p.readModel.AllProducts()
	if err != nil {
		_ = render.Render(w, r, common_http.ErrInternal(err))
		return
	}

	view := []productView{}
	for _, product := range all {
		view = append(view, productView{
			ID:          string(product.ID()),
			Name:        product.Name(),
			Description: product.Description(),
			Price:       priceView{product.Price().Cents(), product.Price().Currency()},
		})
	}

	render.Respond(w, r, view)
}
