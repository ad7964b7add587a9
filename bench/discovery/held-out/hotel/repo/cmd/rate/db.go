package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/rs/zerolog/log"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/mongo/options"
)

type RoomType struct {
	BookableRate       float64 `bson:"bookableRate"`
	Code               string  `bson:"code"`
	RoomDescription    string  `bson:"roomDescription"`
	TotalRate          float64 `bson:"totalRate"`
	TotalRateInclusive float64 `bson:"totalRateInclusive"`
}

type RatePlan struct {
	HotelId  string    `bson:"hotelId"`
	Code     string    `bson:"code"`
	InDate   string    `bson:"inDate"`
	OutDate  string    `bson:"outDate"`
	RoomType *RoomType `bson:"roomType"`
}

func initializeDatabase(url string) (*mongo.Client, func()) {
	uri := fmt.Sprintf("mongodb://%s", url)
	log.Info().Msgf("Attempting connection to %v", uri)
	client, err := mongo.Connect(context.TODO(), options.Client().ApplyURI(uri))
	if err != nil {
		log.Panic().Msg(err.Error())
	}

	collection := client.Database("rate-db").Collection("inventory")
	var plans []interface{}
	for i := 1; i <= 80; i++ {
		if i%3 != 0 {
			continue
		}
		rate := 109.0
		if i%2 == 0 {
			rate = 139.0
		}
		plans = append(plans, RatePlan{
			HotelId: strconv.Itoa(i), Code: "RACK", InDate: "2015-04-09", OutDate: "2015-04-10",
			RoomType: &RoomType{BookableRate: rate, Code: "KNG", RoomDescription: "King sized bed", TotalRate: rate, TotalRateInclusive: rate * 1.12},
		})
	}
	if count, _ := collection.CountDocuments(context.TODO(), bson.M{}); count == 0 {
		if _, err := collection.InsertMany(context.TODO(), plans); err != nil {
			log.Fatal().Msg(err.Error())
		}
	}
	return client, func() { _ = client.Disconnect(context.TODO()) }
}
