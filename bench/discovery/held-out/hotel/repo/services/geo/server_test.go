package geo

import (
	"context"
	"os"
	"testing"

	pb "github.com/harborlight/hotelres/services/geo/proto"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

// Integration test; needs a local mongod. Skipped unless GEO_TEST_MONGO is set.
func TestNearby(t *testing.T) {
	if os.Getenv("GEO_TEST_MONGO") == "" {
		t.Skip("GEO_TEST_MONGO not set")
	}
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI("mongodb://localhost:27017"))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Disconnect(context.TODO())

	s := &Server{MongoClient: client}
	res, err := s.Nearby(context.Background(), &pb.Request{Lat: 37.7867, Lon: -122.4112})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.HotelIds) == 0 {
		t.Error("expected at least one hotel")
	}
}
