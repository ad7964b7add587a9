package application_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/application"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/domain/products"
	products_infra "github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/infrastructure/products"
)

func TestProductsService_AddProduct(t *testing.T) {
	repo := products_infra.NewMemoryRepository()
	service := application.NewProductsService(repo, repo)

	err := service.AddProduct(application.AddProductCommand{
		ID:            "1",
		Name:          "Product 1",
		Description:   "Description",
		PriceCents:    100,
		PriceCurrency: "EUR",
	})
	require.NoError(t, err)

	p, err := repo.ByID(products.ID("1"))
	require.NoError(t, err)
	require.Equal(t, "Product 1", p.Name())
}
