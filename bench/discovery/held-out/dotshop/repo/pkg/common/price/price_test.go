package price_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/ThreeDotsLabs/monolith-microservice-shop/pkg/common/price"
)

func TestNewPrice(t *testing.T) {
	testCases := []struct {
		Name        string
		Cents       uint
		Currency    string
		ExpectedErr error
	}{
		{"valid", 10, "EUR", nil},
		{"invalid_cents", 0, "EUR", price.ErrPriceTooLow},
		{"empty_currency", 10, "", price.ErrInvalidCurrency},
		{"invalid_currency_length", 10, "US", price.ErrInvalidCurrency},
	}

	for _, c := range testCases {
		t.Run(c.Name, func(t *testing.T) {
			_, err := price.NewPrice(c.Cents, c.Currency)
			assert.EqualValues(t, c.ExpectedErr, err)
		})
	}
}
