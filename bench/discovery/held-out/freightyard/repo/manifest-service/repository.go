package main

import (
	"context"

	pb "github.com/freightyard/manifest-service/proto/manifest"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
)

type Manifest struct {
	ID          string     `json:"id" bson:"_id,omitempty"`
	Weight      int32      `json:"weight"`
	Description string     `json:"description"`
	Containers  Containers `json:"containers"`
	VesselID    string     `json:"vessel_id" bson:"vessel_id"`
}

type Container struct {
	ID         string `json:"id"`
	CustomerID string `json:"customer_id" bson:"customer_id"`
	UserID     string `json:"user_id" bson:"user_id"`
}

type Containers []*Container

func MarshalContainerCollection(containers []*pb.Container) []*Container {
	collection := make([]*Container, 0)
	for _, container := range containers {
		collection = append(collection, MarshalContainer(container))
	}
	return collection
}

func UnmarshalContainerCollection(containers []*Container) []*pb.Container {
	collection := make([]*pb.Container, 0)
	for _, container := range containers {
		collection = append(collection, UnmarshalContainer(container))
	}
	return collection
}

func UnmarshalManifestCollection(manifests []*Manifest) []*pb.Manifest {
	collection := make([]*pb.Manifest, 0)
	for _, m := range manifests {
		collection = append(collection, UnmarshalManifest(m))
	}
	return collection
}

func UnmarshalContainer(container *Container) *pb.Container {
	return &pb.Container{
		Id:         container.ID,
		CustomerId: container.CustomerID,
		UserId:     container.UserID,
	}
}

func MarshalContainer(container *pb.Container) *Container {
	return &Container{
		ID:         container.Id,
		CustomerID: container.CustomerId,
		UserID:     container.UserId,
	}
}

// MarshalManifest converts a protobuf manifest into our storage model.
func MarshalManifest(m *pb.Manifest) *Manifest {
	return &Manifest{
		ID:          m.Id,
		Weight:      m.Weight,
		Description: m.Description,
		Containers:  MarshalContainerCollection(m.Containers),
		VesselID:    m.VesselId,
	}
}

func UnmarshalManifest(m *Manifest) *pb.Manifest {
	return &pb.Manifest{
		Id:          m.ID,
		Weight:      m.Weight,
		Description: m.Description,
		Containers:  UnmarshalContainerCollection(m.Containers),
		VesselId:    m.VesselID,
	}
}

type repository interface {
	Create(ctx context.Context, manifest *Manifest) error
	GetAll(ctx context.Context) ([]*Manifest, error)
}

// MongoRepository implementation
type MongoRepository struct {
	collection *mongo.Collection
}

// Create a new manifest
func (repository *MongoRepository) Create(ctx context.Context, manifest *Manifest) error {
	_, err := repository.collection.InsertOne(ctx, manifest)
	return err
}

// GetAll manifests
func (repository *MongoRepository) GetAll(ctx context.Context) ([]*Manifest, error) {
	cur, err := repository.collection.Find(ctx, bson.D{}, nil)
	if err != nil {
		return nil, err
	}
	var manifests []*Manifest
	for cur.Next(ctx) {
		var m *Manifest
		if err := cur.Decode(&m); err != nil {
			return nil, err
		}
		manifests = append(manifests, m)
	}
	return manifests, err
}
