package main

import (
	"context"

	"github.com/rs/zerolog/log"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Hotel struct {
	HId    string  `bson:"hotelId"`
	HLat   float64 `bson:"lat"`
	HLon   float64 `bson:"lon"`
	HRate  float64 `bson:"rate"`
	HPrice float64 `bson:"price"`
}

func initializeDatabase(url string) (*mongo.Client, func()) {
	uri := "mongodb://" + url
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI(uri))
	if err != nil {
		log.Panic().Msg(err.Error())
	}
	collection := client.Database("recommendation-db").Collection("recommendation")
	seed := []Hotel{
		{"1", 37.7867, -122.4112, 109.00, 150.00},
		{"2", 37.7854, -122.4005, 139.00, 120.00},
		{"3", 37.7834, -122.4071, 109.00, 190.00},
		{"4", 37.7936, -122.3930, 129.00, 160.00},
		{"5", 37.7831, -122.4181, 119.00, 140.00},
		{"6", 37.7863, -122.4015, 149.00, 200.00},
	}
	for _, h := range seed {
		if n, _ := collection.CountDocuments(context.TODO(), bson.M{"hotelId": h.HId}); n == 0 {
			collection.InsertOne(context.TODO(), h)
		}
	}
	return client, func() { _ = client.Disconnect(context.TODO()) }
}
