package main

import (
	"context"
	"testing"

	pb "github.com/freightyard/manifest-service/proto/manifest"
	fleetProto "github.com/freightyard/fleet-service/proto/fleet"
	"github.com/micro/go-micro/v2/client"
)

type fakeRepository struct {
	manifests []*Manifest
}

func (r *fakeRepository) Create(ctx context.Context, m *Manifest) error {
	r.manifests = append(r.manifests, m)
	return nil
}

func (r *fakeRepository) GetAll(ctx context.Context) ([]*Manifest, error) {
	return r.manifests, nil
}

// fakeFleetClient stands in for the generated client so tests never
// touch the registry or a running fleet-service.
type fakeFleetClient struct {
	lastSpec *fleetProto.Specification
}

func (f *fakeFleetClient) FindAvailable(ctx context.Context, in *fleetProto.Specification, opts ...client.CallOption) (*fleetProto.Response, error) {
	f.lastSpec = in
	return &fleetProto.Response{Vessel: &fleetProto.Vessel{Id: "vessel001", Name: "Test Carrier"}}, nil
}

func (f *fakeFleetClient) Create(ctx context.Context, in *fleetProto.Vessel, opts ...client.CallOption) (*fleetProto.Response, error) {
	return &fleetProto.Response{Vessel: in, Created: true}, nil
}

func TestCreateManifestAssignsVessel(t *testing.T) {
	repo := &fakeRepository{}
	fleet := &fakeFleetClient{}
	h := &handler{repo, fleet}

	req := &pb.Manifest{
		Description: "test manifest",
		Weight:      5500,
		Containers:  []*pb.Container{{CustomerId: "cust001", Origin: "Rotterdam"}},
	}
	res := &pb.Response{}
	if err := h.CreateManifest(context.Background(), req, res); err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
	if !res.Created || res.Manifest.VesselId != "vessel001" {
		t.Fatalf("expected manifest on vessel001, got %+v", res.Manifest)
	}
	if fleet.lastSpec.Capacity != 1 {
		t.Errorf("expected capacity 1, got %d", fleet.lastSpec.Capacity)
	}
	if len(repo.manifests) != 1 {
		t.Errorf("expected 1 stored manifest, got %d", len(repo.manifests))
	}
}
