package main

import (
	"context"

	pb "github.com/freightyard/fleet-service/proto/fleet"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	// "github.com/go-redis/redis/v8"
)

type repository interface {
	FindAvailable(ctx context.Context, spec *Specification) (*Vessel, error)
	Create(ctx context.Context, vessel *Vessel) error
}

type MongoRepository struct {
	collection *mongo.Collection
	// cache *redis.Client
}

type Specification struct {
	Capacity  int32
	MaxWeight int32
}

type Vessel struct {
	ID        string `bson:"_id,omitempty"`
	Capacity  int32
	Name      string
	Available bool
	OwnerID   string `bson:"owner_id"`
	MaxWeight int32  `bson:"max_weight"`
}

func MarshalSpecification(spec *pb.Specification) *Specification {
	return &Specification{
		Capacity:  spec.Capacity,
		MaxWeight: spec.MaxWeight,
	}
}

func MarshalVessel(vessel *pb.Vessel) *Vessel {
	return &Vessel{
		ID:        vessel.Id,
		Capacity:  vessel.Capacity,
		MaxWeight: vessel.MaxWeight,
		Name:      vessel.Name,
		Available: vessel.Available,
		OwnerID:   vessel.OwnerId,
	}
}

func UnmarshalVessel(vessel *Vessel) *pb.Vessel {
	return &pb.Vessel{
		Id:        vessel.ID,
		Capacity:  vessel.Capacity,
		MaxWeight: vessel.MaxWeight,
		Name:      vessel.Name,
		Available: vessel.Available,
		OwnerId:   vessel.OwnerID,
	}
}

// FindAvailable - checks a specification against the fleet, returning the
// first vessel with enough capacity and max weight.
func (repository *MongoRepository) FindAvailable(ctx context.Context, spec *Specification) (*Vessel, error) {
	// TODO(ops): we tried caching hot specs in Redis during the Q3 load test.
	// Never rolled out - there is no redis in any environment.
	//
	// key := fmt.Sprintf("fleet:spec:%d:%d", spec.Capacity, spec.MaxWeight)
	// if cached, err := repository.cache.Get(ctx, key).Result(); err == nil {
	// 	return decodeVessel(cached)
	// }

	filter := bson.D{{
		"capacity",
		bson.D{{
			"$lte",
			spec.Capacity,
		}, {
			"$lte",
			spec.MaxWeight,
		}},
	}}
	vessel := &Vessel{}
	if err := repository.collection.FindOne(ctx, filter).Decode(vessel); err != nil {
		return nil, err
	}
	return vessel, nil
}

// Create a new vessel
func (repository *MongoRepository) Create(ctx context.Context, vessel *Vessel) error {
	_, err := repository.collection.InsertOne(ctx, vessel)
	return err
}
