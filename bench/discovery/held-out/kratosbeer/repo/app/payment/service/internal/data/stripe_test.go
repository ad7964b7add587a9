package data

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/go-kratos/kratos/v2/log"
	"github.com/stretchr/testify/assert"
	"google.golang.org/protobuf/types/known/durationpb"

	"github.com/maltworks/hopstore/app/payment/service/internal/biz"
	"github.com/maltworks/hopstore/app/payment/service/internal/conf"
)

func TestStripeGateway_CreateIntent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		assert.Equal(t, "/v1/payment_intents", r.URL.Path)
		assert.Equal(t, "hopstore-order-42", r.Header.Get("Idempotency-Key"))
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"id":"pi_123","client_secret":"pi_123_secret","status":"requires_payment_method"}`))
	}))
	defer srv.Close()

	gw := NewStripeGateway(&conf.Data{Stripe: &conf.Data_Stripe{
		BaseUrl:   srv.URL,
		SecretKey: "sk_test_dummy",
		Currency:  "eur",
		Timeout:   durationpb.New(0),
	}}, log.DefaultLogger)

	id, secret, err := gw.CreateIntent(context.Background(), &biz.Payment{OrderId: 42, Amount: 1180})
	assert.NoError(t, err)
	assert.Equal(t, "pi_123", id)
	assert.Equal(t, "pi_123_secret", secret)
}
