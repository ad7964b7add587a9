package products_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/shop/domain/products"
)

func TestNewProduct(t *testing.T) {
	p, err := products.NewProduct("1", "foo", "bar", price.NewPriceP(42, "USD"))
	assert.NoError(t, err)
	assert.EqualValues(t, "foo", p.Name())

	_, err = products.NewProduct("", "foo", "bar", price.NewPriceP(42, "USD"))
	assert.Equal(t, products.ErrEmptyID, err)

	_, err = products.NewProduct("1", "", "bar", price.NewPriceP(42, "USD"))
	assert.Equal(t, products.ErrEmptyName, err)
}
