package main

import (
	"context"
	"log"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type MongoDBOrderRepo struct {
	db *mongo.Collection
}

func NewMongoDBOrderRepo(uri, dbName, collectionName, username, password string) (*MongoDBOrderRepo, error) {
	ctx := context.Background()
	clientOptions := options.Client().ApplyURI(uri)
	if username != "" && password != "" {
		clientOptions.SetAuth(options.Credential{Username: username, Password: password})
	}

	client, err := mongo.Connect(ctx, clientOptions)
	if err != nil {
		log.Printf("failed to connect to mongodb: %s", err)
		return nil, err
	}
	if err := client.Ping(ctx, nil); err != nil {
		log.Printf("failed to ping mongodb: %s", err)
		return nil, err
	}
	log.Printf("connected to mongodb database %s", dbName)

	collection := client.Database(dbName).Collection(collectionName)
	return &MongoDBOrderRepo{db: collection}, nil
}

func (r *MongoDBOrderRepo) GetPendingOrders() ([]Order, error) {
	ctx := context.TODO()
	cursor, err := r.db.Find(ctx, bson.M{"status": Pending})
	if err != nil {
		return nil, err
	}
	defer cursor.Close(ctx)
	var orders []Order
	if err := cursor.All(ctx, &orders); err != nil {
		return nil, err
	}
	return orders, nil
}

func (r *MongoDBOrderRepo) GetOrder(id string) (Order, error) {
	var order Order
	err := r.db.FindOne(context.TODO(), bson.M{"orderid": id}).Decode(&order)
	return order, err
}

func (r *MongoDBOrderRepo) InsertOrders(orders []Order) error {
	docs := make([]interface{}, len(orders))
	for i, o := range orders {
		docs[i] = o
	}
	_, err := r.db.InsertMany(context.TODO(), docs)
	return err
}

func (r *MongoDBOrderRepo) UpdateOrder(order Order) error {
	_, err := r.db.UpdateOne(context.TODO(),
		bson.M{"orderid": order.OrderID},
		bson.D{{Key: "$set", Value: bson.D{{Key: "status", Value: order.Status}}}})
	return err
}
