package main

import (
	"context"
	"encoding/json"
	"os"

	"github.com/rs/zerolog/log"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type Address struct {
	StreetNumber string  `bson:"streetNumber" json:"streetNumber"`
	StreetName   string  `bson:"streetName" json:"streetName"`
	City         string  `bson:"city" json:"city"`
	State        string  `bson:"state" json:"state"`
	Country      string  `bson:"country" json:"country"`
	PostalCode   string  `bson:"postalCode" json:"postalCode"`
	Lat          float32 `bson:"lat" json:"lat"`
	Lon          float32 `bson:"lon" json:"lon"`
}

type Hotel struct {
	Id          string   `bson:"id" json:"id"`
	Name        string   `bson:"name" json:"name"`
	PhoneNumber string   `bson:"phoneNumber" json:"phoneNumber"`
	Description string   `bson:"description" json:"description"`
	Address     *Address `bson:"address" json:"address"`
}

func initializeDatabase(url string) (*mongo.Client, func()) {
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI("mongodb://"+url))
	if err != nil {
		log.Panic().Msg(err.Error())
	}

	raw, err := os.ReadFile("data/hotels.json")
	if err != nil {
		log.Panic().Msgf("reading seed data: %v", err)
	}
	var hotels []Hotel
	if err := json.Unmarshal(raw, &hotels); err != nil {
		log.Panic().Msgf("parsing seed data: %v", err)
	}

	collection := client.Database("profile-db").Collection("hotels")
	for _, h := range hotels {
		if n, _ := collection.CountDocuments(context.TODO(), bson.M{"id": h.Id}); n == 0 {
			if _, err := collection.InsertOne(context.TODO(), h); err != nil {
				log.Fatal().Msg(err.Error())
			}
		}
	}
	return client, func() { _ = client.Disconnect(context.TODO()) }
}
