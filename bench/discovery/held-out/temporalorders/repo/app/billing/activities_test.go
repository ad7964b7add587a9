package billing

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/testsuite"
)

func TestCheckFraudDeclined(t *testing.T) {
	fraud := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		require.Equal(t, "/check", r.URL.Path)
		_ = json.NewEncoder(w).Encode(FraudCheckResult{Declined: true})
	}))
	defer fraud.Close()

	var s testsuite.WorkflowTestSuite
	env := s.NewTestActivityEnvironment()
	env.RegisterActivity(&Activities{FraudURL: fraud.URL})

	val, err := env.ExecuteActivity((&Activities{}).CheckFraud, &FraudCheckInput{CustomerID: "c1", Charge: 100})
	require.NoError(t, err)

	var result FraudCheckResult
	require.NoError(t, val.Get(&result))
	require.True(t, result.Declined)
}

func TestGenerateInvoice(t *testing.T) {
	a := &Activities{FraudURL: "http://localhost:8084"}
	res, err := a.GenerateInvoice(context.Background(), &ChargeInput{CustomerID: "c1", Reference: "A1:1", Items: []Item{{SKU: "x", Quantity: 2}}})
	require.NoError(t, err)
	require.Equal(t, "INV-A1:1", res.InvoiceReference)
	require.Equal(t, int32(3000+599+600), res.Total)
}
