package mongo

import (
	"context"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"

	"github.com/cargoline/cargoline/cargo"
)

type handlingEventRepository struct {
	coll *mongo.Collection
}

func (r *handlingEventRepository) Store(e cargo.HandlingEvent) {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	r.coll.InsertOne(ctx, e)
}

func (r *handlingEventRepository) QueryHandlingHistory(id cargo.TrackingID) cargo.HandlingHistory {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()

	var result []cargo.HandlingEvent
	cur, err := r.coll.Find(ctx, bson.M{"trackingid": id}, options.Find().SetSort(bson.D{{Key: "completed", Value: 1}}))
	if err == nil {
		cur.All(ctx, &result)
	}
	return cargo.HandlingHistory{HandlingEvents: result}
}

// NewHandlingEventRepository returns a MongoDB handling event repository
// backed by the given collection name. The handling service owns
// "handling_event" in its own database; shipping keeps its projection in
// "handling_history".
func NewHandlingEventRepository(db *mongo.Database, collection string) cargo.HandlingEventRepository {
	return &handlingEventRepository{coll: db.Collection(collection)}
}
