package db

import (
	"context"
	"time"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

const (
	ordersCollection    = "orders"
	shipmentsCollection = "shipments"
)

// MongoDB stores records in the tidewater_oms database.
type MongoDB struct {
	uri    string
	dbName string
	client *mongo.Client
	db     *mongo.Database
}

// NewMongoDB returns an unconnected store; call Setup.
func NewMongoDB(uri, dbName string) *MongoDB {
	return &MongoDB{uri: uri, dbName: dbName}
}

// Setup connects and ensures indexes.
func (m *MongoDB) Setup(ctx context.Context) error {
	client, err := mongo.Connect(ctx, options.Client().ApplyURI(m.uri))
	if err != nil {
		return err
	}
	m.client = client
	m.db = client.Database(m.dbName)

	_, err = m.db.Collection(ordersCollection).Indexes().CreateOne(ctx, mongo.IndexModel{
		Keys:    bson.D{{Key: "id", Value: 1}},
		Options: options.Index().SetUnique(true),
	})
	if err != nil {
		return err
	}
	_, err = m.db.Collection(shipmentsCollection).Indexes().CreateOne(ctx, mongo.IndexModel{
		Keys:    bson.D{{Key: "id", Value: 1}},
		Options: options.Index().SetUnique(true),
	})
	return err
}

// Close disconnects the client.
func (m *MongoDB) Close() error {
	if m.client == nil {
		return nil
	}
	return m.client.Disconnect(context.Background())
}

func (m *MongoDB) InsertOrder(ctx context.Context, o OrderRecord) error {
	_, err := m.db.Collection(ordersCollection).InsertOne(ctx, o)
	return err
}

func (m *MongoDB) UpdateOrderStatus(ctx context.Context, id, status string) error {
	res, err := m.db.Collection(ordersCollection).UpdateOne(ctx,
		bson.M{"id": id},
		bson.M{"$set": bson.M{"status": status}},
	)
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return ErrNotFound
	}
	return nil
}

func (m *MongoDB) GetOrders(ctx context.Context) ([]OrderRecord, error) {
	opts := options.Find().SetSort(bson.D{{Key: "received_at", Value: -1}})
	cur, err := m.db.Collection(ordersCollection).Find(ctx, bson.M{}, opts)
	if err != nil {
		return nil, err
	}
	var out []OrderRecord
	err = cur.All(ctx, &out)
	return out, err
}

func (m *MongoDB) InsertShipment(ctx context.Context, s ShipmentRecord) error {
	_, err := m.db.Collection(shipmentsCollection).InsertOne(ctx, s)
	return err
}

func (m *MongoDB) UpdateShipmentStatus(ctx context.Context, id, status string) error {
	res, err := m.db.Collection(shipmentsCollection).UpdateOne(ctx,
		bson.M{"id": id},
		bson.M{"$set": bson.M{"status": status, "updated_at": time.Now().UTC()}},
	)
	if err != nil {
		return err
	}
	if res.MatchedCount == 0 {
		return ErrNotFound
	}
	return nil
}

func (m *MongoDB) GetShipments(ctx context.Context) ([]ShipmentRecord, error) {
	opts := options.Find().SetSort(bson.D{{Key: "updated_at", Value: -1}})
	cur, err := m.db.Collection(shipmentsCollection).Find(ctx, bson.M{}, opts)
	if err != nil {
		return nil, err
	}
	var out []ShipmentRecord
	err = cur.All(ctx, &out)
	return out, err
}
