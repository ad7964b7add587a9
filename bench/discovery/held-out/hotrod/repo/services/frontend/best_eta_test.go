package frontend

import (
	"context"
	"testing"
	"time"

	"go.uber.org/zap"

	"github.com/quickcab/quickcab/pkg/pool"
	"github.com/quickcab/quickcab/services/customer"
	"github.com/quickcab/quickcab/services/driver"
	"github.com/quickcab/quickcab/services/route"
)

type fakeCustomers struct{}

func (fakeCustomers) Get(_ context.Context, id string) (*customer.Customer, error) {
	return &customer.Customer{ID: id, Name: "Test Rider", Location: "100,100"}, nil
}

type fakeDrivers struct{}

func (fakeDrivers) FindNearest(_ context.Context, _ string) ([]driver.Driver, error) {
	return []driver.Driver{{DriverID: "T1", Location: "0,0"}, {DriverID: "T2", Location: "90,95"}}, nil
}

type fakeRoutes struct{}

func (fakeRoutes) FindRoute(_ context.Context, pickup, dropoff string) (*route.Route, error) {
	if pickup == "90,95" {
		return &route.Route{ETA: 2 * time.Minute}, nil
	}
	return &route.Route{ETA: 20 * time.Minute}, nil
}

func TestBestETAPicksClosestDriver(t *testing.T) {
	eta := &bestETA{
		customer: fakeCustomers{},
		driver:   fakeDrivers{},
		route:    fakeRoutes{},
		pool:     pool.New(2),
		logger:   zap.NewNop(),
	}
	resp, err := eta.Get(context.Background(), "123")
	if err != nil {
		t.Fatal(err)
	}
	if resp.Driver != "T2" || resp.ETA != 2*time.Minute {
		t.Errorf("got %+v", resp)
	}
}
