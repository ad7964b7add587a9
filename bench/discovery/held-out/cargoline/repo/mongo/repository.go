// Package mongo provides MongoDB implementations of the domain repositories.
package mongo

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/cargoline/cargoline/cargo"
	"github.com/cargoline/cargoline/location"
)

const opTimeout = 5 * time.Second

// Dial connects to the MongoDB deployment described by uri
// (mongodb://host:27017) and pings it.
func Dial(ctx context.Context, uri string) (*mongo.Client, error) {
	client, err := mongo.Connect(ctx, options.Client().
		ApplyURI(uri).
		SetAppName("cargoline").
		SetServerSelectionTimeout(10*time.Second))
	if err != nil {
		return nil, err
	}
	if err := client.Ping(ctx, nil); err != nil {
		return nil, err
	}
	return client, nil
}

type cargoRepository struct {
	coll *mongo.Collection
}

func (r *cargoRepository) Store(c *cargo.Cargo) error {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	_, err := r.coll.ReplaceOne(ctx, bson.M{"trackingid": c.TrackingID}, c, options.Replace().SetUpsert(true))
	return err
}

func (r *cargoRepository) Find(id cargo.TrackingID) (*cargo.Cargo, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()

	var result cargo.Cargo
	if err := r.coll.FindOne(ctx, bson.M{"trackingid": id}).Decode(&result); err != nil {
		if err == mongo.ErrNoDocuments {
			return nil, cargo.ErrUnknown
		}
		return nil, err
	}
	return &result, nil
}

func (r *cargoRepository) FindAll() []*cargo.Cargo {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()

	var result []*cargo.Cargo
	cur, err := r.coll.Find(ctx, bson.M{})
	if err != nil {
		return []*cargo.Cargo{}
	}
	if err := cur.All(ctx, &result); err != nil {
		return []*cargo.Cargo{}
	}
	return result
}

// NewCargoRepository returns a new instance of a MongoDB cargo repository.
func NewCargoRepository(db *mongo.Database) (cargo.Repository, error) {
	r := &cargoRepository{coll: db.Collection("cargo")}

	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()

	_, err := r.coll.Indexes().CreateOne(ctx, mongo.IndexModel{
		Keys:    bson.D{{Key: "trackingid", Value: 1}},
		Options: options.Index().SetUnique(true),
	})
	if err != nil {
		return nil, err
	}

	return r, nil
}

type locationRepository struct {
	coll *mongo.Collection
}

func (r *locationRepository) Find(locode location.UNLocode) (*location.Location, error) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()

	var result location.Location
	if err := r.coll.FindOne(ctx, bson.M{"unlocode": locode}).Decode(&result); err != nil {
		if err == mongo.ErrNoDocuments {
			return nil, location.ErrUnknown
		}
		return nil, err
	}
	return &result, nil
}

func (r *locationRepository) FindAll() []*location.Location {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()

	var result []*location.Location
	cur, err := r.coll.Find(ctx, bson.M{})
	if err != nil {
		return nil
	}
	cur.All(ctx, &result)
	return result
}

// NewLocationRepository returns a new instance of a MongoDB location
// repository, seeded with the sample locations on first start.
func NewLocationRepository(db *mongo.Database) (location.Repository, error) {
	r := &locationRepository{coll: db.Collection("location")}

	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()

	for _, l := range []*location.Location{
		location.Stockholm, location.Melbourne, location.Hongkong,
		location.Tokyo, location.Rotterdam, location.Hamburg,
		location.NewYork, location.Chicago, location.Helsinki,
	} {
		if _, err := r.coll.ReplaceOne(ctx, bson.M{"unlocode": l.UNLocode}, l, options.Replace().SetUpsert(true)); err != nil {
			return nil, err
		}
	}

	return r, nil
}
