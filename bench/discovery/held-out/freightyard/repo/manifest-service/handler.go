package main

import (
	"context"

	pb "github.com/freightyard/manifest-service/proto/manifest"
	fleetProto "github.com/freightyard/fleet-service/proto/fleet"
	"github.com/pkg/errors"
)

type handler struct {
	repository
	fleetClient fleetProto.FleetService
}

// CreateManifest - asks the fleet service for a vessel with enough
// capacity, then stores the manifest against it.
func (s *handler) CreateManifest(ctx context.Context, req *pb.Manifest, res *pb.Response) error {
	vesselResponse, err := s.fleetClient.FindAvailable(ctx, &fleetProto.Specification{
		MaxWeight: req.Weight,
		Capacity:  int32(len(req.Containers)),
	})
	if vesselResponse == nil {
		return errors.New("error fetching vessel, returned nil")
	}
	if err != nil {
		return err
	}

	req.VesselId = vesselResponse.Vessel.Id

	if err = s.repository.Create(ctx, MarshalManifest(req)); err != nil {
		return err
	}

	res.Created = true
	res.Manifest = req
	return nil
}

// GetManifests -
func (s *handler) GetManifests(ctx context.Context, req *pb.GetRequest, res *pb.Response) error {
	manifests, err := s.repository.GetAll(ctx)
	if err != nil {
		return err
	}
	res.Manifests = UnmarshalManifestCollection(manifests)
	return nil
}
