package order

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/mock"
	"github.com/stretchr/testify/require"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/mocks"

	"github.com/tidewater-labs/oms/app/db"
)

type memDB struct {
	db.DB
	orders map[string]db.OrderRecord
}

func (m *memDB) InsertOrder(_ context.Context, o db.OrderRecord) error {
	m.orders[o.ID] = o
	return nil
}

func (m *memDB) UpdateOrderStatus(_ context.Context, id, status string) error {
	o, ok := m.orders[id]
	if !ok {
		return db.ErrNotFound
	}
	o.Status = status
	m.orders[id] = o
	return nil
}

func TestCreateOrderStartsWorkflow(t *testing.T) {
	c := &mocks.Client{}
	c.On("ExecuteWorkflow", mock.Anything, mock.MatchedBy(func(o client.StartWorkflowOptions) bool {
		return o.ID == "Order:A1" && o.TaskQueue == TaskQueue
	}), mock.Anything, mock.Anything).Return(&mocks.WorkflowRun{}, nil)

	store := &memDB{orders: map[string]db.OrderRecord{}}
	srv := httptest.NewServer(Router(c, store, slog.Default()))
	defer srv.Close()

	body := []byte(`{"id":"A1","customerId":"1234","items":[{"sku":"Nike Air","quantity":1}]}`)
	res, err := http.Post(srv.URL+"/orders", "application/json", bytes.NewReader(body))
	require.NoError(t, err)
	require.Equal(t, http.StatusCreated, res.StatusCode)
	require.Equal(t, StatusPending, store.orders["A1"].Status)
	c.AssertExpectations(t)
}

func TestUpdateStatusUnknownOrder(t *testing.T) {
	store := &memDB{orders: map[string]db.OrderRecord{}}
	srv := httptest.NewServer(Router(&mocks.Client{}, store, slog.Default()))
	defer srv.Close()

	req, _ := http.NewRequest(http.MethodPut, srv.URL+"/orders/missing/status", bytes.NewReader([]byte(`{"status":"completed"}`)))
	res, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	require.Equal(t, http.StatusNotFound, res.StatusCode)
}
